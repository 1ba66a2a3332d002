(** * Bounds for optimisation by selection, on finite probability spaces

    Formalises results of content/model/selection-bounds.mdx on a finite probability space [S]
    (Goodhart.FiniteProbability): the conditioning bound with its equality clauses, the bound for any
    change of measure, the corollaries for higher moments and the conditional variance, the
    corollary for the gap between a proxy and the goal, and the last step of the best-of-n bound.

    Notation: the page's E[X] is [expectation S X], P(A) is [prob S A], E[X | A] is
    [cond_expectation S X A], Var X = σ² is [variance S X], σ is [sd S X], the covariance γ is
    [covariance S X Y] and Var(X | A) is [cond_variance S X A]. "Almost surely" means at every outcome
    of positive weight. A measure Q with dQ = W dP is the space [reweighted S W _ _] with weights
    p_k W_k; for best of n, E[X_I] is the mean of X under such a Q. On a finite space every moment is finite, so the page's integrability hypotheses hold
    automatically. *)
Require Import Reals Lra Psatz.
Require Import Goodhart.FiniteProbability.
Open Scope R_scope.

(** ** Square roots *)

(** From d² ≤ s² q to |d| ≤ s √q. *)
Lemma abs_le_of_square : forall d s q, 0 <= s -> 0 <= q -> d ^ 2 <= s ^ 2 * q -> Rabs d <= s * sqrt q.
Proof.
  intros d s q Hs Hq H.
  rewrite <- (sqrt_pow2 s Hs), <- sqrt_mult_alt by (apply pow2_ge_0).
  rewrite <- sqrt_Rsqr_abs, Rsqr_pow2. apply sqrt_le_1_alt. exact H.
Qed.

(** |d| = s √q exactly when d² = s² q. *)
Lemma abs_eq_iff_square : forall d s q, 0 <= s -> 0 <= q -> (Rabs d = s * sqrt q <-> d ^ 2 = s ^ 2 * q).
Proof.
  intros d s q Hs Hq. split; intros H.
  - rewrite <- (pow2_sqrt q Hq), <- Rpow_mult_distr, <- H. symmetry. apply pow2_abs.
  - rewrite <- (sqrt_pow2 s Hs), <- sqrt_mult_alt by (apply pow2_ge_0).
    rewrite <- sqrt_Rsqr_abs, Rsqr_pow2, H. reflexivity.
Qed.

Lemma sd_square : forall S X, sd S X ^ 2 = variance S X.
Proof. intros S X. apply pow2_sqrt. apply variance_nonneg. Qed.

Lemma sd_nonneg : forall S X, 0 <= sd S X.
Proof. intros S X. apply sqrt_pos. Qed.

Lemma odds_nonneg : forall p, 0 < p <= 1 -> 0 <= (1 - p) / p.
Proof. intros p Hp. unfold Rdiv. apply Rmult_le_pos; [lra | apply Rlt_le, Rinv_0_lt_compat; lra]. Qed.

(** ** The conditioning bound *)

Lemma prob_bounds : forall S A, 0 < prob S A -> 0 < prob S A <= 1.
Proof. intros S A Hp. split; [exact Hp | apply prob_le_1]. Qed.

(** E[(X − μ)(1_A − p)] = p (E[X | A] − μ). *)
Lemma centred_indicator_product : forall S X A, 0 < prob S A ->
  expectation S (fun k => (X k - expectation S X) * (indicator A k - prob S A))
  = prob S A * (cond_expectation S X A - expectation S X).
Proof.
  intros S X A Hp. change (covariance S X (indicator A) = prob S A * (cond_expectation S X A - expectation S X)).
  rewrite covariance_centre_one. unfold cond_expectation.
  rewrite (expectation_ext _ _ (fun k => 1 * (fun k => X k * indicator A k) k
                                          + (- expectation S X) * indicator A k)) by (intros; simpl; ring).
  rewrite expectation_affine. fold (prob S A). field. lra.
Qed.

(** Cauchy–Schwarz for X − μ and 1_A − p, before dividing by p. *)
Lemma conditioning_cauchy_schwarz : forall S X A, 0 < prob S A ->
  (prob S A * (cond_expectation S X A - expectation S X)) ^ 2
  <= variance S X * (prob S A * (1 - prob S A)).
Proof.
  intros S X A Hp. rewrite <- centred_indicator_product, <- indicator_variance by exact Hp.
  apply cauchy_schwarz.
Qed.

(** The squared form (E[X | A] − E[X])² ≤ Var X (1 − p)/p. *)
Lemma conditioning_bound_square : forall S X A, 0 < prob S A ->
  (cond_expectation S X A - expectation S X) ^ 2 <= variance S X * ((1 - prob S A) / prob S A).
Proof.
  intros S X A Hp. pose proof (conditioning_cauchy_schwarz S X A Hp) as H.
  set (p := prob S A) in *. set (d := cond_expectation S X A - expectation S X) in *.
  apply (Rmult_le_reg_l (p ^ 2)); [nra|].
  replace (p ^ 2 * (variance S X * ((1 - p) / p))) with (variance S X * (p * (1 - p))) by (field; lra).
  nra.
Qed.

(** @formalises 000F conditioning-bound
    @scope special: finite probability spaces; the inequality |E[X | A] − E[X]| ≤ σ√((1 − P(A))/P(A))
    for every real random variable X and every event A with P(A) > 0 (the equality clauses are
    separate declarations). The general case, any probability space on which X has finite variance,
    rests on the written proof. *)
Theorem conditioning_bound : forall S X A, 0 < prob S A ->
  Rabs (cond_expectation S X A - expectation S X) <= sd S X * sqrt ((1 - prob S A) / prob S A).
Proof.
  intros S X A Hp. apply abs_le_of_square.
  - apply sd_nonneg.
  - apply odds_nonneg, prob_bounds, Hp.
  - rewrite sd_square. apply conditioning_bound_square, Hp.
Qed.

(** If X = β + λ 1_A almost surely, its moments are those of λ 1_A shifted by β. *)
Lemma affine_indicator_moments : forall S X A beta lambda, 0 < prob S A ->
  almost_surely S (fun k => X k = beta + lambda * indicator A k) ->
  expectation S X = beta + lambda * prob S A
  /\ cond_expectation S X A = beta + lambda
  /\ variance S X = lambda ^ 2 * (prob S A * (1 - prob S A)).
Proof.
  intros S X A beta lambda Hp Hx.
  assert (Hmean : expectation S X = beta + lambda * prob S A).
  { rewrite (expectation_ext_as S X (fun k => lambda * indicator A k + beta)).
    - rewrite expectation_plus_const, expectation_scale. fold (prob S A). ring.
    - intros k Hk Hw. rewrite (Hx k Hk Hw). ring. }
  split; [exact Hmean | split].
  - unfold cond_expectation.
    rewrite (expectation_ext_as S _ (fun k => (beta + lambda) * indicator A k)).
    + rewrite expectation_scale. fold (prob S A). field. lra.
    + intros k Hk Hw. rewrite (Hx k Hk Hw).
      replace ((beta + lambda * indicator A k) * indicator A k)
        with (beta * indicator A k + lambda * indicator A k ^ 2) by ring.
      rewrite indicator_square. ring.
  - unfold variance. rewrite Hmean.
    rewrite (expectation_ext_as S _ (fun k => lambda ^ 2 * (indicator A k - prob S A) ^ 2))
      by (intros k Hk Hw; rewrite (Hx k Hk Hw); cbv beta; ring).
    rewrite expectation_scale, indicator_variance. reflexivity.
Qed.

(** @formalises 000F conditioning-bound
    @scope special: finite probability spaces; the equality clause for 0 < P(A) < 1: equality holds
    in the conditioning bound if and only if X = β + λ 1_A at every outcome of positive weight, for
    some reals β and λ. The general case rests on the written proof. *)
Theorem conditioning_bound_equality : forall S X A, 0 < prob S A < 1 ->
  (Rabs (cond_expectation S X A - expectation S X) = sd S X * sqrt ((1 - prob S A) / prob S A)
   <-> exists beta lambda, almost_surely S (fun k => X k = beta + lambda * indicator A k)).
Proof.
  intros S X A Hp.
  assert (Hq : 0 <= (1 - prob S A) / prob S A) by (apply odds_nonneg; lra).
  rewrite (abs_eq_iff_square _ _ _ (sd_nonneg S X) Hq), sd_square.
  split.
  - intros Heq.
    set (p := prob S A) in *. set (mu := expectation S X) in *.
    set (U := fun k => X k - mu). set (V := fun k => indicator A k - p).
    assert (HV : expectation S (fun k => V k ^ 2) = p * (1 - p)) by apply indicator_variance.
    assert (HV0 : 0 < expectation S (fun k => V k ^ 2)) by (rewrite HV; nra).
    assert (HUV : expectation S (fun k => U k * V k) = p * (cond_expectation S X A - mu))
      by exact (centred_indicator_product S X A (proj1 Hp)).
    assert (HU : expectation S (fun k => U k ^ 2) = variance S X) by reflexivity.
    assert (HCS : expectation S (fun k => U k * V k) ^ 2
                  = expectation S (fun k => U k ^ 2) * expectation S (fun k => V k ^ 2)).
    { rewrite HUV, HU, HV. rewrite Rpow_mult_distr, Heq. field. lra. }
    set (t := expectation S (fun k => U k * V k) / expectation S (fun k => V k ^ 2)).
    exists (mu - t * p), t. intros k Hk Hw.
    pose proof (cauchy_schwarz_equality S U V HV0 HCS k Hk Hw) as H. fold t in H.
    unfold U, V in H. lra.
  - intros [beta [lambda Hx]].
    destruct (affine_indicator_moments S X A beta lambda (proj1 Hp) Hx) as [Hmean [Hcond Hvar]].
    rewrite Hmean, Hcond, Hvar. field. lra.
Qed.

(** @formalises 000F conditioning-bound
    @scope special: finite probability spaces; the clause for P(A) = 1: for every X both sides of the
    conditioning bound are 0, that is E[X | A] = E[X] and σ√((1 − P(A))/P(A)) = 0. The general case
    rests on the written proof. *)
Theorem conditioning_bound_certain : forall S X A, prob S A = 1 ->
  Rabs (cond_expectation S X A - expectation S X) = 0 /\ sd S X * sqrt ((1 - prob S A) / prob S A) = 0.
Proof.
  intros S X A H1.
  assert (Hp : 0 < prob S A) by lra.
  pose proof (conditioning_bound_square S X A Hp) as H.
  rewrite H1 in *. replace ((1 - 1) / 1) with 0 in * by field. rewrite sqrt_0.
  split; [|ring]. rewrite Rmult_0_r in H.
  replace (cond_expectation S X A - expectation S X) with 0 by nra. apply Rabs_R0.
Qed.

(** ** Any change of measure *)

(** The probability measure Q with dQ = W dP, for W ≥ 0 with E[W] = 1: weights p_k W_k. *)
Definition reweighted (S : space) (W : rv) (HW : forall k, (k < size S)%nat -> 0 <= W k)
  (HE : expectation S W = 1) : space :=
  {| size := size S;
     weight := fun k => weight S k * W k;
     weight_nonneg := fun k Hk => Rmult_le_pos _ _ (weight_nonneg S k Hk) (HW k Hk);
     weight_sum := HE |}.

Lemma reweighted_expectation : forall S W HW HE X,
  expectation (reweighted S W HW HE) X = expectation S (fun k => W k * X k).
Proof. intros. apply sum_ext. intros. simpl. ring. Qed.

(** E_Q[X] − E[X] = E[(X − E X)(W − 1)]. *)
Lemma reweighted_shift : forall S W HW HE X,
  expectation (reweighted S W HW HE) X - expectation S X
  = expectation S (fun k => (X k - expectation S X) * (W k - expectation S W)).
Proof.
  intros S W HW HE X. rewrite reweighted_expectation.
  change (expectation S (fun k => W k * X k) - expectation S X = covariance S X W).
  rewrite covariance_centre_one.
  rewrite (expectation_ext S (fun k => (X k - expectation S X) * W k)
                               (fun k => 1 * (fun k => W k * X k) k + (- expectation S X) * W k))
    by (intros; simpl; ring).
  rewrite expectation_affine, HE. ring.
Qed.

(** @formalises 000G reweighting-bound
    @scope special: finite probability spaces; for W ≥ 0 with E[W] = 1 and Q the measure with weights
    p_k W_k, |E_Q[X] − E[X]| ≤ σ√Var(W) for every real random variable X. The general case, any
    probability space with E[X²] and E[W²] finite, rests on the written proof. *)
Theorem reweighting_bound : forall S W HW HE X,
  Rabs (expectation (reweighted S W HW HE) X - expectation S X) <= sd S X * sqrt (variance S W).
Proof.
  intros S W HW HE X. rewrite reweighted_shift.
  apply abs_le_of_square; [apply sd_nonneg | apply variance_nonneg |].
  rewrite sd_square. apply cauchy_schwarz.
Qed.

(** @formalises 000G reweighting-bound
    @scope special: finite probability spaces; the conditioning case: for an event A with P(A) > 0,
    W = 1_A/P(A) is non-negative with E[W] = 1, the reweighted mean E[W X] is E[X | A] for every X,
    and Var(W) = (1 − P(A))/P(A). The general case rests on the written proof. *)
Theorem reweighting_indicator : forall S A, 0 < prob S A ->
  let W := fun k => indicator A k / prob S A in
  (forall k, 0 <= W k)
  /\ expectation S W = 1
  /\ (forall X, expectation S (fun k => W k * X k) = cond_expectation S X A)
  /\ variance S W = (1 - prob S A) / prob S A.
Proof.
  intros S A Hp W.
  assert (HE : expectation S W = 1).
  { unfold W. rewrite (expectation_ext S _ (fun k => / prob S A * indicator A k)) by (intros; unfold Rdiv; ring).
    rewrite expectation_scale. fold (prob S A). field. lra. }
  split; [|split; [exact HE | split]].
  - intros k. unfold W. unfold Rdiv. apply Rmult_le_pos; [apply indicator_bounds | apply Rlt_le, Rinv_0_lt_compat, Hp].
  - intros X. unfold W, cond_expectation.
    rewrite (expectation_ext S _ (fun k => / prob S A * (fun k => X k * indicator A k) k))
      by (intros; simpl; unfold Rdiv; ring).
    rewrite expectation_scale. unfold Rdiv. ring.
  - rewrite variance_moments, HE. unfold W.
    rewrite (expectation_ext S _ (fun k => / prob S A ^ 2 * indicator A k)).
    + rewrite expectation_scale. fold (prob S A). field. lra.
    + intros k Hk. unfold Rdiv. rewrite Rpow_mult_distr, indicator_square, pow_inv. ring.
Qed.

(** ** Higher moments and the conditional variance *)

(** @formalises 000I conditional-moments
    @scope special: finite probability spaces; part 1: for an event A with p = P(A) > 0 and every
    natural number k (the page asks k ≥ 1; k = 0 holds trivially),
    (E[X^k | A] − E[X^k])² ≤ (E[X^2k] − E[X^k]²)(1 − p)/p. The general case, any probability space
    with E[X^2k] finite, rests on the written proof. *)
Theorem conditional_moments_power : forall S X A (n : nat), 0 < prob S A ->
  (cond_expectation S (fun k => X k ^ n) A - expectation S (fun k => X k ^ n)) ^ 2
  <= (expectation S (fun k => X k ^ (2 * n)) - expectation S (fun k => X k ^ n) ^ 2)
     * ((1 - prob S A) / prob S A).
Proof.
  intros S X A n Hp.
  rewrite (expectation_ext S (fun k => X k ^ (2 * n)) (fun k => (X k ^ n) ^ 2))
    by (intros; rewrite <- pow_mult, Nat.mul_comm; reflexivity).
  rewrite <- variance_moments. apply conditioning_bound_square, Hp.
Qed.

Lemma cond_expectation_ext : forall S X Y A, (forall k, (k < size S)%nat -> X k = Y k) ->
  cond_expectation S X A = cond_expectation S Y A.
Proof.
  intros S X Y A H. unfold cond_expectation. f_equal.
  apply expectation_ext. intros k Hk. rewrite H by exact Hk. reflexivity.
Qed.

(** For every constant m: E[(X − m)² | A] = Var(X | A) + (E[X | A] − m)². *)
Lemma cond_mean_square_decomposition : forall S X A m, 0 < prob S A ->
  cond_expectation S (fun k => (X k - m) ^ 2) A
  = cond_variance S X A + (cond_expectation S X A - m) ^ 2.
Proof.
  intros S X A m Hp. unfold cond_variance. set (c := cond_expectation S X A).
  assert (Hcentre : cond_expectation S (fun k => X k - c) A = 0).
  { rewrite (cond_expectation_ext S _ (fun k => 1 * X k + 0 * X k + - c)) by (intros; ring).
    rewrite cond_expectation_affine by exact Hp. fold c. ring. }
  rewrite (cond_expectation_ext S _ (fun k => 1 * (fun k => (X k - c) ^ 2) k
                                              + (2 * (c - m)) * (fun k => X k - c) k + (c - m) ^ 2))
    by (intros; simpl; ring).
  rewrite cond_expectation_affine, Hcentre by exact Hp. ring.
Qed.

(** E[Y | A] ≤ E[Y] / P(A) for Y ≥ 0. *)
Lemma cond_expectation_nonneg_le : forall S Y A, 0 < prob S A ->
  (forall k, (k < size S)%nat -> 0 <= Y k) ->
  cond_expectation S Y A <= expectation S Y / prob S A.
Proof.
  intros S Y A Hp HY. unfold cond_expectation, Rdiv.
  apply Rmult_le_compat_r; [apply Rlt_le, Rinv_0_lt_compat, Hp|].
  apply expectation_le. intros k Hk.
  pose proof (indicator_bounds A k). pose proof (HY k Hk). nra.
Qed.

(** @formalises 000I conditional-moments
    @scope special: finite probability spaces; part 2: for an event A with p = P(A) > 0, μ = E[X] and
    σ² = Var X, Var(X | A) ≤ E[(X − μ)² | A] ≤ σ² + √(Var((X − μ)²)(1 − p)/p), and
    Var(X | A) ≤ σ²/p. The general case, any probability space with E[X⁴] finite, rests on the
    written proof. *)
Theorem conditional_moments_variance : forall S X A, 0 < prob S A ->
  let mu := expectation S X in
  let p := prob S A in
  cond_variance S X A <= cond_expectation S (fun k => (X k - mu) ^ 2) A
  /\ cond_expectation S (fun k => (X k - mu) ^ 2) A
     <= variance S X + sqrt (variance S (fun k => (X k - mu) ^ 2) * ((1 - p) / p))
  /\ cond_variance S X A <= variance S X / p.
Proof.
  intros S X A Hp mu p.
  assert (Hfirst : cond_variance S X A <= cond_expectation S (fun k => (X k - mu) ^ 2) A).
  { rewrite cond_mean_square_decomposition by exact Hp. pose proof (pow2_ge_0 (cond_expectation S X A - mu)). lra. }
  split; [exact Hfirst | split].
  - pose proof (conditioning_bound S (fun k => (X k - mu) ^ 2) A Hp) as H.
    change (expectation S (fun k => (X k - mu) ^ 2)) with (variance S X) in H.
    unfold sd in H. rewrite <- sqrt_mult_alt in H by apply variance_nonneg.
    pose proof (Rle_abs (cond_expectation S (fun k => (X k - mu) ^ 2) A - variance S X)). fold p in H. lra.
  - pose proof (cond_expectation_nonneg_le S (fun k => (X k - mu) ^ 2) A Hp (fun k _ => pow2_ge_0 _)) as H.
    change (expectation S (fun k => (X k - mu) ^ 2)) with (variance S X) in H. fold p in H. lra.
Qed.

(** ** Selecting on the proxy *)

(** Var(Y − X) = σ_X² + σ_Y² − 2γ. *)
Lemma gap_variance : forall S X Y,
  variance S (fun k => Y k - X k) = variance S X + variance S Y - 2 * covariance S X Y.
Proof. intros S X Y. rewrite variance_difference, covariance_sym. ring. Qed.

(** @formalises 000K proxy-gap
    @scope special: finite probability spaces; the first bound, for the goal X, the proxy Y and any
    event A with P(A) > 0 (in particular A = {Y ≥ y}):
    |E[Y − X | A] − E[Y − X]| ≤ √(σ_X² + σ_Y² − 2γ) √((1 − P(A))/P(A)). The general case, any
    probability space with finite variances, rests on the written proof. *)
Theorem proxy_gap : forall S X Y A, 0 < prob S A ->
  Rabs (cond_expectation S (fun k => Y k - X k) A - expectation S (fun k => Y k - X k))
  <= sqrt (variance S X + variance S Y - 2 * covariance S X Y) * sqrt ((1 - prob S A) / prob S A).
Proof.
  intros S X Y A Hp. rewrite <- gap_variance. apply conditioning_bound, Hp.
Qed.

(** @formalises 000K proxy-gap
    @scope special: finite probability spaces; the second bound, for D = Y − X and any event A with
    p = P(A) > 0 (in particular A = {Y ≥ y}): Var(Y − X | A) ≤ Var(D) + √(Var((D − E D)²)(1 − p)/p).
    The general case, any probability space with E[D⁴] finite, rests on the written proof. *)
Theorem proxy_gap_variance : forall S X Y A, 0 < prob S A ->
  let D := fun k => Y k - X k in
  cond_variance S D A
  <= variance S D + sqrt (variance S (fun k => (D k - expectation S D) ^ 2) * ((1 - prob S A) / prob S A)).
Proof.
  intros S X Y A Hp D.
  destruct (conditional_moments_variance S D A Hp) as [H1 [H2 _]]. lra.
Qed.

(** ** Best of n: the last step *)

(** n²/(2n − 1) − 1 = (n − 1)²/(2n − 1), so E[W²] ≤ n²/(2n − 1) and E[W] = 1 give
    √Var W ≤ (n − 1)/√(2n − 1). *)
Lemma best_of_n_weight_sd : forall S W n, 1 <= n -> expectation S W = 1 ->
  expectation S (fun k => W k ^ 2) <= n ^ 2 / (2 * n - 1) ->
  sqrt (variance S W) <= (n - 1) / sqrt (2 * n - 1).
Proof.
  intros S W n Hn HE H2.
  rewrite <- (sqrt_pow2 (n - 1)) by lra. rewrite <- sqrt_div_alt by lra.
  apply sqrt_le_1_alt. rewrite variance_moments, HE.
  replace ((n - 1) ^ 2 / (2 * n - 1)) with (n ^ 2 / (2 * n - 1) - 1 ^ 2) by (field; lra).
  lra.
Qed.

(** @formalises 000H best-of-n
    @scope special: only the last step of the proof, on finite probability spaces: if the law of the
    chosen X_I is the law of X reweighted by some W ≥ 0 with E[W] = 1 and E[W²] ≤ n²/(2n − 1) (the
    bound the proof obtains from Jensen's inequality), then |E[X_I] − E[X]| ≤ σ(n − 1)/√(2n − 1) for
    every n ≥ 1. That the best-of-n choice is such a reweighting, and the statement for general laws
    and proxies, rest on the written proof. *)
Theorem best_of_n_from_reweighting : forall S W HW HE X (n : nat), (1 <= n)%nat ->
  expectation S (fun k => W k ^ 2) <= INR n ^ 2 / (2 * INR n - 1) ->
  Rabs (expectation (reweighted S W HW HE) X - expectation S X)
  <= sd S X * ((INR n - 1) / sqrt (2 * INR n - 1)).
Proof.
  intros S W HW HE X n Hn H2.
  apply (Rle_trans _ _ _ (reweighting_bound S W HW HE X)).
  apply Rmult_le_compat_l; [apply sd_nonneg|].
  apply (best_of_n_weight_sd S W (INR n)); [|exact HE | exact H2].
  apply (le_INR 1 n) in Hn. simpl in Hn. exact Hn.
Qed.
