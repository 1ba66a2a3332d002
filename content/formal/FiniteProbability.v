(** * Finite probability spaces

    The setting for the selection bounds (content/model/selection-bounds.mdx) in the finite case:
    outcomes 0, …, n−1 with weights p_k ≥ 0 summing to 1, random variables as functions nat → R
    (only their values at 0, …, n−1 matter), events as boolean functions nat → bool, expectation,
    variance, covariance, and conditioning on an event A with P(A) > 0. It also proves the weighted
    Cauchy–Schwarz inequality with its equality case, which the bounds rest on. *)
Require Import Reals Lra Psatz.
Open Scope R_scope.

(** ** Finite sums: [sum n f] is f 0 + … + f (n − 1). *)
Fixpoint sum (n : nat) (f : nat -> R) : R :=
  match n with
  | O => 0
  | S m => sum m f + f m
  end.

Lemma sum_ext : forall n f g, (forall k, (k < n)%nat -> f k = g k) -> sum n f = sum n g.
Proof.
  induction n as [|n IH]; intros f g H; simpl; [reflexivity|].
  rewrite (IH f g) by (intros; apply H; lia). rewrite (H n) by lia. reflexivity.
Qed.

Lemma sum_plus : forall n f g, sum n (fun k => f k + g k) = sum n f + sum n g.
Proof. induction n as [|n IH]; intros f g; simpl; [ring|]. rewrite IH. ring. Qed.

Lemma sum_scale : forall n c f, sum n (fun k => c * f k) = c * sum n f.
Proof. induction n as [|n IH]; intros c f; simpl; [ring|]. rewrite IH. ring. Qed.

Lemma sum_nonneg : forall n f, (forall k, (k < n)%nat -> 0 <= f k) -> 0 <= sum n f.
Proof.
  induction n as [|n IH]; intros f H; simpl; [lra|].
  assert (0 <= sum n f) by (apply IH; intros; apply H; lia).
  assert (0 <= f n) by (apply H; lia). lra.
Qed.

Lemma sum_le : forall n f g, (forall k, (k < n)%nat -> f k <= g k) -> sum n f <= sum n g.
Proof.
  intros n f g H.
  assert (0 <= sum n (fun k => g k + -1 * f k)) by (apply sum_nonneg; intros k Hk; specialize (H k Hk); lra).
  rewrite sum_plus, sum_scale in H0. lra.
Qed.

(** A sum of non-negative terms is 0 only if every term is. *)
Lemma sum_nonneg_zero : forall n f, (forall k, (k < n)%nat -> 0 <= f k) -> sum n f = 0 ->
  forall k, (k < n)%nat -> f k = 0.
Proof.
  induction n as [|n IH]; intros f H Hsum k Hk; [lia|]. simpl in Hsum.
  assert (0 <= sum n f) by (apply sum_nonneg; intros; apply H; lia).
  assert (0 <= f n) by (apply H; lia).
  destruct (Nat.eq_dec k n) as [->|Hne]; [lra|].
  apply (IH f); [intros; apply H; lia | lra | lia].
Qed.

(** ** Finite probability spaces *)
Record space := {
  size : nat;
  weight : nat -> R;
  weight_nonneg : forall k, (k < size)%nat -> 0 <= weight k;
  weight_sum : sum size weight = 1
}.

(** Random variables are functions of the outcome; events are boolean functions of it. *)
Definition rv := nat -> R.
Definition event := nat -> bool.

Definition expectation (S : space) (X : rv) : R := sum (size S) (fun k => weight S k * X k).

Definition indicator (A : event) : rv := fun k => if A k then 1 else 0.

Definition prob (S : space) (A : event) : R := expectation S (indicator A).

(** E[X | A] = E[X 1_A] / P(A); used only when P(A) > 0. *)
Definition cond_expectation (S : space) (X : rv) (A : event) : R :=
  expectation S (fun k => X k * indicator A k) / prob S A.

Definition variance (S : space) (X : rv) : R := expectation S (fun k => (X k - expectation S X) ^ 2).

(** The standard deviation σ = √Var X. *)
Definition sd (S : space) (X : rv) : R := sqrt (variance S X).

Definition covariance (S : space) (X Y : rv) : R :=
  expectation S (fun k => (X k - expectation S X) * (Y k - expectation S Y)).

(** Var(X | A) = E[(X − E[X | A])² | A]. *)
Definition cond_variance (S : space) (X : rv) (A : event) : R :=
  cond_expectation S (fun k => (X k - cond_expectation S X A) ^ 2) A.

(** "Almost surely" on a finite space: at every outcome of positive weight. *)
Definition almost_surely (S : space) (P : nat -> Prop) : Prop :=
  forall k, (k < size S)%nat -> 0 < weight S k -> P k.

(** ** Linearity and positivity of the expectation *)
Section Expectation.
Context (S : space).

Lemma expectation_ext : forall X Y, (forall k, (k < size S)%nat -> X k = Y k) ->
  expectation S X = expectation S Y.
Proof. intros X Y H. apply sum_ext. intros k Hk. rewrite H by exact Hk. reflexivity. Qed.

Lemma expectation_plus : forall X Y, expectation S (fun k => X k + Y k) = expectation S X + expectation S Y.
Proof.
  intros X Y. unfold expectation. rewrite <- sum_plus. apply sum_ext. intros. ring.
Qed.

Lemma expectation_scale : forall c X, expectation S (fun k => c * X k) = c * expectation S X.
Proof.
  intros c X. unfold expectation. rewrite <- sum_scale. apply sum_ext. intros. ring.
Qed.

Lemma expectation_const : forall c, expectation S (fun _ => c) = c.
Proof.
  intros c. unfold expectation.
  rewrite (sum_ext _ _ (fun k => c * weight S k)) by (intros; ring).
  rewrite sum_scale, weight_sum. ring.
Qed.

(** Affine combinations, the form most identities below take. *)
Lemma expectation_affine : forall a b X Y,
  expectation S (fun k => a * X k + b * Y k) = a * expectation S X + b * expectation S Y.
Proof. intros. rewrite expectation_plus, expectation_scale, expectation_scale. reflexivity. Qed.

Lemma expectation_minus_const : forall X c, expectation S (fun k => X k - c) = expectation S X - c.
Proof.
  intros X c.
  rewrite (expectation_ext _ (fun k => 1 * X k + (-1) * (fun _ => c) k)) by (intros; ring).
  rewrite expectation_affine, expectation_const. ring.
Qed.

Lemma expectation_nonneg : forall X, (forall k, (k < size S)%nat -> 0 <= X k) -> 0 <= expectation S X.
Proof.
  intros X H. apply sum_nonneg. intros k Hk.
  apply Rmult_le_pos; [apply weight_nonneg; exact Hk | apply H; exact Hk].
Qed.

Lemma expectation_le : forall X Y, (forall k, (k < size S)%nat -> X k <= Y k) ->
  expectation S X <= expectation S Y.
Proof.
  intros X Y H.
  assert (0 <= expectation S (fun k => 1 * Y k + (-1) * X k))
    by (apply expectation_nonneg; intros k Hk; specialize (H k Hk); lra).
  rewrite expectation_affine in H0. lra.
Qed.

(** E[X] = 0 for X ≥ 0 forces X = 0 almost surely. *)
Lemma expectation_nonneg_zero : forall X, (forall k, (k < size S)%nat -> 0 <= X k) ->
  expectation S X = 0 -> almost_surely S (fun k => X k = 0).
Proof.
  intros X H H0 k Hk Hw.
  assert (Hz : weight S k * X k = 0).
  { apply (sum_nonneg_zero (size S) (fun k => weight S k * X k)); try assumption.
    intros j Hj. apply Rmult_le_pos; [apply weight_nonneg; exact Hj | apply H; exact Hj]. }
  apply Rmult_integral in Hz. destruct Hz; [lra | assumption].
Qed.

Lemma variance_nonneg : forall X, 0 <= variance S X.
Proof. intros X. apply expectation_nonneg. intros. apply pow2_ge_0. Qed.

Lemma expectation_plus_const : forall X c, expectation S (fun k => X k + c) = expectation S X + c.
Proof. intros X c. rewrite expectation_plus, expectation_const. reflexivity. Qed.

(** Var X = E[X²] − E[X]². *)
Lemma variance_moments : forall X,
  variance S X = expectation S (fun k => X k ^ 2) - expectation S X ^ 2.
Proof.
  intros X. unfold variance. set (m := expectation S X).
  rewrite (expectation_ext _ (fun k => (1 * (fun k => X k ^ 2) k + (-2 * m) * X k) + m ^ 2)) by (intros; simpl; ring).
  rewrite expectation_plus_const, expectation_affine. fold m. ring.
Qed.

(** Cov(X, Y) = E[(X − E X) Y]: centring one factor suffices. *)
Lemma covariance_centre_one : forall X Y,
  covariance S X Y = expectation S (fun k => (X k - expectation S X) * Y k).
Proof.
  intros X Y. unfold covariance. set (mX := expectation S X). set (mY := expectation S Y).
  rewrite (expectation_ext _ (fun k => 1 * (fun k => (X k - mX) * Y k) k + (- mY) * (fun k => X k - mX) k))
    by (intros; simpl; ring).
  rewrite expectation_affine, expectation_minus_const. fold mX. ring.
Qed.

(** Var(X − Y) = Var X + Var Y − 2 Cov(X, Y). *)
Lemma variance_difference : forall X Y,
  variance S (fun k => X k - Y k) = variance S X + variance S Y - 2 * covariance S X Y.
Proof.
  intros X Y. unfold variance, covariance.
  set (mX := expectation S X). set (mY := expectation S Y).
  assert (Hmean : expectation S (fun k => X k - Y k) = mX - mY).
  { rewrite (expectation_ext _ (fun k => 1 * X k + (-1) * Y k)) by (intros; ring).
    rewrite expectation_affine. fold mX mY. ring. }
  rewrite Hmean.
  rewrite (expectation_ext _ (fun k => (1 * (fun k => (X k - mX) ^ 2) k + 1 * (fun k => (Y k - mY) ^ 2) k)
                                       + (-2) * (fun k => (X k - mX) * (Y k - mY)) k))
    by (intros; simpl; ring).
  rewrite expectation_plus, !expectation_affine, expectation_scale. ring.
Qed.

(** ** The weighted Cauchy–Schwarz inequality and its equality case *)

(** If a quadratic b t² − 2 c t + a with b ≥ 0 is non-negative for every t, then c² ≤ a b. *)
Lemma quadratic_discriminant : forall a b c, 0 <= b ->
  (forall t, 0 <= b * t ^ 2 - 2 * c * t + a) -> c ^ 2 <= a * b.
Proof.
  intros a b c Hb H.
  destruct (Req_dec b 0) as [Hb0|Hb0].
  - subst b. destruct (Req_dec c 0) as [Hc|Hc].
    + subst c. lra.
    + exfalso. specialize (H ((a + 1) / (2 * c))).
      replace (0 * ((a + 1) / (2 * c)) ^ 2 - 2 * c * ((a + 1) / (2 * c)) + a) with (-1) in H
        by (field; exact Hc). lra.
  - specialize (H (c / b)).
    replace (b * (c / b) ^ 2 - 2 * c * (c / b) + a) with (a - c ^ 2 / b) in H by (field; exact Hb0).
    assert (Hpos : 0 < b) by lra.
    assert (c ^ 2 / b <= a) by lra.
    apply Rmult_le_compat_r with (r := b) in H0; [|lra].
    replace (c ^ 2 / b * b) with (c ^ 2) in H0 by (field; exact Hb0). lra.
Qed.

(** E[(U − t V)²] = t² E[V²] − 2 t E[U V] + E[U²]. *)
Lemma expectation_square_combination : forall U V t,
  expectation S (fun k => (U k - t * V k) ^ 2)
  = expectation S (fun k => V k ^ 2) * t ^ 2 - 2 * expectation S (fun k => U k * V k) * t
    + expectation S (fun k => U k ^ 2).
Proof.
  intros U V t.
  rewrite (expectation_ext _ (fun k => (t ^ 2 * (fun k => V k ^ 2) k + (-2 * t) * (fun k => U k * V k) k)
                                       + 1 * (fun k => U k ^ 2) k)) by (intros; simpl; ring).
  rewrite expectation_plus, expectation_affine, expectation_scale. ring.
Qed.

(** (E[U V])² ≤ E[U²] E[V²]. *)
Lemma cauchy_schwarz : forall U V,
  expectation S (fun k => U k * V k) ^ 2 <= expectation S (fun k => U k ^ 2) * expectation S (fun k => V k ^ 2).
Proof.
  intros U V. apply quadratic_discriminant.
  - apply expectation_nonneg. intros. apply pow2_ge_0.
  - intros t. rewrite <- expectation_square_combination.
    apply expectation_nonneg. intros. apply pow2_ge_0.
Qed.

(** Equality with E[V²] > 0 forces U = t V almost surely, with t = E[U V] / E[V²]. *)
Lemma cauchy_schwarz_equality : forall U V,
  0 < expectation S (fun k => V k ^ 2) ->
  expectation S (fun k => U k * V k) ^ 2 = expectation S (fun k => U k ^ 2) * expectation S (fun k => V k ^ 2) ->
  almost_surely S (fun k => U k = expectation S (fun k => U k * V k) / expectation S (fun k => V k ^ 2) * V k).
Proof.
  intros U V Hb Heq.
  set (b := expectation S (fun k => V k ^ 2)) in *.
  set (c := expectation S (fun k => U k * V k)) in *.
  set (a := expectation S (fun k => U k ^ 2)) in *.
  assert (Hz : expectation S (fun k => (U k - c / b * V k) ^ 2) = 0).
  { rewrite expectation_square_combination. fold a b c.
    replace (b * (c / b) ^ 2 - 2 * c * (c / b) + a) with ((a * b - c ^ 2) / b) by (field; lra).
    rewrite Heq. unfold Rdiv. ring. }
  intros k Hk Hw.
  pose proof (expectation_nonneg_zero (fun k => (U k - c / b * V k) ^ 2) (fun k _ => pow2_ge_0 _) Hz k Hk Hw) as H.
  simpl in H. nra.
Qed.

(** Outcomes of weight 0 do not count: variables equal almost surely have the same expectation. *)
Lemma expectation_ext_as : forall X Y, almost_surely S (fun k => X k = Y k) ->
  expectation S X = expectation S Y.
Proof.
  intros X Y H. apply sum_ext. intros k Hk.
  destruct (Rle_lt_or_eq_dec 0 (weight S k) (weight_nonneg S k Hk)) as [Hpos|Hzero].
  - rewrite (H k Hk Hpos). reflexivity.
  - rewrite <- Hzero. ring.
Qed.

Lemma expectation_affine3 : forall a b c X Y Z,
  expectation S (fun k => a * X k + b * Y k + c * Z k)
  = a * expectation S X + b * expectation S Y + c * expectation S Z.
Proof. intros. rewrite expectation_plus, expectation_affine, expectation_scale. reflexivity. Qed.

Lemma covariance_sym : forall X Y, covariance S X Y = covariance S Y X.
Proof. intros X Y. apply expectation_ext. intros. ring. Qed.

(** ** Indicators, probabilities and conditioning *)

Lemma indicator_square : forall A k, indicator A k ^ 2 = indicator A k.
Proof. intros A k. unfold indicator. destruct (A k); ring. Qed.

Lemma indicator_bounds : forall A k, 0 <= indicator A k <= 1.
Proof. intros A k. unfold indicator. destruct (A k); lra. Qed.

Lemma prob_le_1 : forall A, prob S A <= 1.
Proof.
  intros A. unfold prob. rewrite <- (expectation_const 1).
  apply expectation_le. intros. apply indicator_bounds.
Qed.

(** Var 1_A = E[(1_A − P(A))²] = P(A)(1 − P(A)). *)
Lemma indicator_variance : forall A,
  expectation S (fun k => (indicator A k - prob S A) ^ 2) = prob S A * (1 - prob S A).
Proof.
  intros A. change (variance S (indicator A) = prob S A * (1 - prob S A)).
  rewrite variance_moments.
  rewrite (expectation_ext _ (indicator A)) by (intros; apply indicator_square).
  fold (prob S A). ring.
Qed.

(** Conditional expectation given A (with P(A) > 0) is affine. *)
Lemma cond_expectation_affine : forall A a b c X Y, 0 < prob S A ->
  cond_expectation S (fun k => a * X k + b * Y k + c) A
  = a * cond_expectation S X A + b * cond_expectation S Y A + c.
Proof.
  intros A a b c X Y Hp. unfold cond_expectation.
  rewrite (expectation_ext _ (fun k => a * (fun k => X k * indicator A k) k
                                       + b * (fun k => Y k * indicator A k) k + c * indicator A k))
    by (intros; simpl; ring).
  rewrite expectation_affine3. fold (prob S A). field. lra.
Qed.

End Expectation.
