(** * Finite-dimensional vectors, dot product, norm and cosine similarity

    A vector of R^d is a function [x : nat -> R] of which only the coordinates x 0, …, x (d − 1) count;
    the dimension d is an explicit argument of every operation. [dot d x y] is x · y, [norm d x] is ‖x‖,
    and [cosim d x y] is the cosine similarity x · y / (‖x‖ ‖y‖). A quotient whose denominator vanishes is
    0, as on the site: when x or y is the zero vector its dot product with the other is 0, so
    cos(x, 0) = cos(0, y) = 0. This file proves the Cauchy–Schwarz inequality, that the cosine similarity
    lies in [−1, 1], and that it is 1 (resp. −1) exactly for positive (resp. negative) multiples. *)
Require Import Reals Lra Psatz.
Open Scope R_scope.

(** The sum f 0 + … + f (d − 1). *)
Fixpoint sumn (d : nat) (f : nat -> R) : R :=
  match d with
  | O => 0
  | S n => sumn n f + f n
  end.

Definition dot (d : nat) (x y : nat -> R) : R := sumn d (fun i => x i * y i).
Definition norm (d : nat) (x : nat -> R) : R := sqrt (dot d x x).
Definition cosim (d : nat) (x y : nat -> R) : R := dot d x y / (norm d x * norm d y).

(** The zero vector of R^d: every coordinate that counts is 0. *)
Definition is_zero (d : nat) (x : nat -> R) : Prop := forall i, (i < d)%nat -> x i = 0.

(** x = λ y in R^d. *)
Definition multiple (d : nat) (x : nat -> R) (lambda : R) (y : nat -> R) : Prop :=
  forall i, (i < d)%nat -> x i = lambda * y i.

Definition vadd (x y : nat -> R) : nat -> R := fun i => x i + y i.
Definition vscale (c : R) (x : nat -> R) : nat -> R := fun i => c * x i.

(** ** Algebra of the dot product *)

Lemma sumn_ext : forall d f g, (forall i, (i < d)%nat -> f i = g i) -> sumn d f = sumn d g.
Proof.
  induction d as [|d IH]; intros f g H; simpl; [reflexivity|].
  rewrite (IH f g) by (intros i Hi; apply H; lia). rewrite (H d) by lia. reflexivity.
Qed.

Lemma sumn_nonneg : forall d f, (forall i, (i < d)%nat -> 0 <= f i) -> 0 <= sumn d f.
Proof.
  induction d as [|d IH]; intros f H; simpl; [lra|].
  pose proof (IH f (fun i Hi => H i ltac:(lia))). pose proof (H d ltac:(lia)). lra.
Qed.

(** A sum of non-negative terms that vanishes has every term 0. *)
Lemma sumn_nonneg_zero : forall d f, (forall i, (i < d)%nat -> 0 <= f i) -> sumn d f = 0 ->
  forall i, (i < d)%nat -> f i = 0.
Proof.
  induction d as [|d IH]; intros f H Hsum i Hi; [lia|]. simpl in Hsum.
  pose proof (sumn_nonneg d f (fun j Hj => H j ltac:(lia))). pose proof (H d ltac:(lia)).
  destruct (Nat.eq_dec i d) as [->|Hne]; [lra|].
  apply (IH f (fun j Hj => H j ltac:(lia))); [lra|lia].
Qed.

Lemma dot_comm : forall d x y, dot d x y = dot d y x.
Proof. intros d x y. unfold dot. apply sumn_ext. intros i _. ring. Qed.

Lemma dot_self_nonneg : forall d x, 0 <= dot d x x.
Proof. intros d x. unfold dot. apply sumn_nonneg. intros i _. nra. Qed.

(** (x − λ y) · (x − λ y) = x · x − 2 λ x · y + λ² y · y. *)
Lemma dot_quadratic : forall d x y lambda,
  sumn d (fun i => (x i - lambda * y i) ^ 2) = dot d x x - 2 * lambda * dot d x y + lambda ^ 2 * dot d y y.
Proof. induction d as [|d IH]; intros x y lambda; unfold dot in *; cbn [sumn]; [ring|]. rewrite IH. ring. Qed.

Lemma dot_add_r : forall d x y z, dot d x (vadd y z) = dot d x y + dot d x z.
Proof. induction d as [|d IH]; intros x y z; unfold dot, vadd in *; cbn [sumn]; [ring|]. rewrite IH. ring. Qed.

Lemma dot_scale_l : forall d c x y, dot d (vscale c x) y = c * dot d x y.
Proof. induction d as [|d IH]; intros c x y; unfold dot, vscale in *; cbn [sumn]; [ring|]. rewrite IH. ring. Qed.

Lemma dot_scale_r : forall d c x y, dot d x (vscale c y) = c * dot d x y.
Proof. intros. rewrite dot_comm, dot_scale_l, dot_comm. reflexivity. Qed.

Lemma dot_multiple_l : forall d x lambda y z, multiple d x lambda y -> dot d x z = lambda * dot d y z.
Proof.
  intros d x lambda y z H. rewrite <- dot_scale_l. unfold dot, vscale. apply sumn_ext.
  intros i Hi. rewrite H by exact Hi. reflexivity.
Qed.

Lemma dot_zero_r : forall d x y, is_zero d y -> dot d x y = 0.
Proof.
  intros d x y Hy. unfold dot. rewrite (sumn_ext d _ (fun _ => 0)) by (intros i Hi; rewrite (Hy i Hi); ring).
  clear. induction d as [|d IH]; simpl; [reflexivity | rewrite IH; ring].
Qed.

(** ** Norm *)

Lemma norm_nonneg : forall d x, 0 <= norm d x.
Proof. intros. apply sqrt_pos. Qed.

Lemma norm_sq : forall d x, norm d x * norm d x = dot d x x.
Proof. intros. apply sqrt_sqrt, dot_self_nonneg. Qed.

Lemma norm_zero_is_zero : forall d x, norm d x = 0 -> is_zero d x.
Proof.
  intros d x H i Hi. assert (Hdot : dot d x x = 0) by (rewrite <- norm_sq, H; ring).
  pose proof (sumn_nonneg_zero d (fun j => x j * x j) (fun j _ => ltac:(nra)) Hdot i Hi). nra.
Qed.

Lemma norm_pos : forall d x, ~ is_zero d x -> 0 < norm d x.
Proof.
  intros d x Hx. destruct (Rle_lt_or_eq_dec 0 (norm d x) (norm_nonneg d x)) as [H|H]; [exact H|].
  exfalso. apply Hx, norm_zero_is_zero. auto.
Qed.

Lemma norm_scale : forall d c x, norm d (vscale c x) = Rabs c * norm d x.
Proof.
  intros. unfold norm. rewrite dot_scale_l, dot_scale_r, <- Rmult_assoc, <- sqrt_Rsqr_abs, <- sqrt_mult;
    [unfold Rsqr; reflexivity | apply Rle_0_sqr | apply dot_self_nonneg].
Qed.

Lemma norm_multiple : forall d x lambda y, multiple d x lambda y -> norm d x = Rabs lambda * norm d y.
Proof.
  intros d x lambda y H. rewrite <- norm_scale. unfold norm. f_equal. unfold dot, vscale. apply sumn_ext.
  intros i Hi. rewrite H by exact Hi. reflexivity.
Qed.

(** ** Cauchy–Schwarz *)

Lemma abs_le_between : forall a b, Rabs a <= b -> - b <= a <= b.
Proof. intros a b H. pose proof (Rle_abs a). pose proof (Rle_abs (- a)). rewrite Rabs_Ropp in *. lra. Qed.

Lemma cauchy_schwarz_sq : forall d x y, dot d x y ^ 2 <= dot d x x * dot d y y.
Proof.
  intros d x y. pose proof (dot_self_nonneg d x) as Hx.
  destruct (Rle_lt_or_eq_dec 0 (dot d y y) (dot_self_nonneg d y)) as [Hy|Hy].
  - pose proof (sumn_nonneg d (fun i => (x i - dot d x y / dot d y y * y i) ^ 2) (fun i _ => pow2_ge_0 _)) as H.
    rewrite dot_quadratic in H.
    replace (dot d x x - 2 * (dot d x y / dot d y y) * dot d x y + (dot d x y / dot d y y) ^ 2 * dot d y y)
      with ((dot d x x * dot d y y - dot d x y ^ 2) / dot d y y) in H by (field; lra).
    apply Rmult_le_compat_r with (r := dot d y y) in H; [|lra].
    unfold Rdiv in H. rewrite Rmult_assoc, Rinv_l, Rmult_0_l in H by lra. lra.
  - assert (Hz : is_zero d y) by (apply norm_zero_is_zero; unfold norm; rewrite <- Hy; apply sqrt_0).
    rewrite (dot_zero_r d x y Hz), <- Hy. lra.
Qed.

(** The Cauchy–Schwarz inequality |x · y| ≤ ‖x‖ ‖y‖. *)
Theorem cauchy_schwarz : forall d x y, Rabs (dot d x y) <= norm d x * norm d y.
Proof.
  intros d x y. pose proof (norm_nonneg d x). pose proof (norm_nonneg d y).
  rewrite <- (Rabs_pos_eq (norm d x * norm d y)) by nra.
  pose proof (cauchy_schwarz_sq d x y). pose proof (norm_sq d x). pose proof (norm_sq d y).
  assert (Hsq : Rsqr (dot d x y) <= Rsqr (norm d x * norm d y)) by (unfold Rsqr; nra).
  exact (Rsqr_le_abs_0 _ _ Hsq).
Qed.

(** The dot product with a zero vector is 0. *)
Lemma dot_norm_zero : forall d x y, norm d y = 0 -> dot d x y = 0.
Proof.
  intros d x y Hy. pose proof (cauchy_schwarz d x y). rewrite Hy, Rmult_0_r in H.
  apply abs_le_between in H. lra.
Qed.

(** ** Cosine similarity *)

(** The convention cos(x, 0) = 0. *)
Lemma cosim_zero_r : forall d x y, is_zero d y -> cosim d x y = 0.
Proof.
  intros d x y Hy. unfold cosim. rewrite (dot_zero_r d x y Hy). unfold Rdiv. ring.
Qed.

Lemma cosim_bound : forall d x y, -1 <= cosim d x y <= 1.
Proof.
  intros d x y. unfold cosim. pose proof (norm_nonneg d x). pose proof (norm_nonneg d y).
  pose proof (cauchy_schwarz d x y) as Hcs.
  destruct (Rle_lt_or_eq_dec 0 (norm d x * norm d y) ltac:(nra)) as [Hp|Hp].
  - apply abs_le_between in Hcs. split.
    + apply Rmult_le_reg_r with (r := norm d x * norm d y); [exact Hp|].
      unfold Rdiv. rewrite Rmult_assoc, Rinv_l by lra. lra.
    + apply Rmult_le_reg_r with (r := norm d x * norm d y); [exact Hp|].
      unfold Rdiv. rewrite Rmult_assoc, Rinv_l by lra. lra.
  - rewrite <- Hp. unfold Rdiv. rewrite Rinv_0. lra.
Qed.

(** x · y = cos(x, y) ‖x‖ ‖y‖ for all x, y (both sides are 0 when either vector is zero). *)
Lemma dot_cosim : forall d x y, dot d x y = cosim d x y * norm d x * norm d y.
Proof.
  intros d x y. unfold cosim. pose proof (norm_nonneg d x). pose proof (norm_nonneg d y).
  destruct (Req_dec (norm d x) 0) as [Hx|Hx].
  - rewrite dot_comm, (dot_norm_zero d y x Hx), Hx. ring.
  - destruct (Req_dec (norm d y) 0) as [Hy|Hy].
    + rewrite (dot_norm_zero d x y Hy), Hy. ring.
    + field. split; assumption.
Qed.

(** The cosine similarity of x with λ x is 1 for λ > 0 and −1 for λ < 0, when x ≠ 0. *)
Lemma cosim_multiple : forall d a c lambda, ~ is_zero d a -> multiple d c lambda a -> lambda <> 0 ->
  cosim d a c = lambda / Rabs lambda.
Proof.
  intros d a c lambda Ha Hc Hl. unfold cosim. pose proof (norm_pos d a Ha).
  rewrite dot_comm, (dot_multiple_l d c lambda a a Hc), (norm_multiple d c lambda a Hc), <- norm_sq.
  pose proof (Rabs_pos_lt lambda Hl). field. lra.
Qed.

Lemma cosim_positive_multiple : forall d a c lambda, ~ is_zero d a -> multiple d c lambda a -> 0 < lambda ->
  cosim d a c = 1.
Proof.
  intros. rewrite (cosim_multiple d a c lambda) by (auto; lra). rewrite Rabs_pos_eq by lra. field. lra.
Qed.

Lemma cosim_negative_multiple : forall d a c lambda, ~ is_zero d a -> multiple d c lambda a -> lambda < 0 ->
  cosim d a c = -1.
Proof.
  intros. rewrite (cosim_multiple d a c lambda) by (auto; lra). rewrite Rabs_left by lra. field. lra.
Qed.

(** Conversely, cos(x, y) = 1 with x, y ≠ 0 forces x = λ y with λ = ‖x‖ / ‖y‖ > 0. *)
Lemma cosim_one_multiple : forall d x y, ~ is_zero d x -> ~ is_zero d y -> cosim d x y = 1 ->
  exists lambda, 0 < lambda /\ multiple d x lambda y.
Proof.
  intros d x y Hx Hy H1. pose proof (norm_pos d x Hx). pose proof (norm_pos d y Hy).
  assert (Hdot : dot d x y = norm d x * norm d y).
  { rewrite dot_cosim, H1. ring. }
  assert (Hyy : dot d y y = norm d y * norm d y) by (symmetry; apply norm_sq).
  assert (Hxx : dot d x x = norm d x * norm d x) by (symmetry; apply norm_sq).
  exists (norm d x / norm d y). split; [apply Rdiv_lt_0_compat; assumption|].
  intros i Hi.
  assert (Hzero : sumn d (fun j => (x j - norm d x / norm d y * y j) ^ 2) = 0).
  { rewrite dot_quadratic, Hdot, Hyy, Hxx. field. lra. }
  pose proof (sumn_nonneg_zero d _ (fun j _ => pow2_ge_0 _) Hzero i Hi). simpl in H2. nra.
Qed.
