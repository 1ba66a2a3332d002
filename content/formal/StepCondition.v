(** * The step condition

    Formalises results of content/model/step-condition.mdx: the quadratic lower bound (ascent lemma),
    the step condition for one gradient step on the proxy, the example showing its constant 1/2 is sharp,
    and the consequence along a trajectory.

    The first part follows the page's proofs in reducing everything to the real function
    φ(τ) = f(θ + τ s) along the segment from θ to θ + s, with derivative φ'(τ) = ∇f(θ + τ s) · s. In that
    form the lower curvature bound (∇f(θ + τ s) − ∇f(θ)) · s ≥ −L τ ‖s‖² reads φ'(τ) − φ'(0) ≥ −L τ n
    with n = ‖s‖². For a step s = α g on the proxy's gradient g, the numbers G = ‖g‖, S = ‖g∗‖ (g∗ the
    goal's gradient ∇U∗(θ)) and the efficiency OE = OE_U(U∗) enter through φ'(0) = α g · g∗ = α OE G S and
    n = α² G². The sharpness example is worked in R² with explicit pairs of reals.

    The last part states the ascent lemma, the step condition and the trajectory corollary for functions
    on R^d (vectors of Goodhart.Vectors: functions nat → R read at coordinates 0, …, d − 1) and derives
    them from the first part. A gradient is a vector field ∇f such that the derivative of f in each
    direction h is ∇f · h. *)
Require Import Reals Lra Psatz FunctionalExtensionality Coquelicot.Coquelicot.
Require Import Goodhart.Calculus Goodhart.Vectors.
Open Scope R_scope.

(** ** The quadratic lower bound along a segment *)

(** The lower curvature bound of the page along the segment, written for φ(τ) = f(θ + τ s):
    φ'(τ) − φ'(0) ≥ −L τ n on [0, 1], where n = ‖s‖². *)
Definition curvature_at_least (dphi : R -> R) (L n : R) : Prop :=
  forall tau, 0 <= tau <= 1 -> dphi tau - dphi 0 >= - L * tau * n.

(** ψ(τ) = φ(τ) − φ'(0) τ + L n τ² / 2 has derivative φ'(τ) − φ'(0) + L n τ. *)
Lemma ascent_auxiliary_derivative : forall (phi : R -> R) (d0 Ln tau dtau : R),
  is_derive phi tau dtau ->
  is_derive (fun u => phi u - d0 * u + Ln / 2 * u ^ 2) tau (dtau - d0 + Ln * tau).
Proof.
  intros phi d0 Ln tau dtau Hd. auto_derive.
  - exists dtau. exact Hd.
  - replace (Derive (fun u => phi u) tau) with dtau by (symmetry; apply is_derive_unique; exact Hd).
    field.
Qed.

(** @formalises 000M ascent-lemma
    @scope special: the lemma in its one-dimensional form along the segment, for φ(τ) = f(θ + τs) with
    derivative φ'(τ) on [0, 1] and φ'(τ) − φ'(0) ≥ −Lτ‖s‖², for any real L. The statement for f on R^d,
    where φ'(τ) = ∇f(θ + τs) · s, is formalised in a separate declaration. *)
Lemma ascent_lemma : forall (phi dphi : R -> R) (L n : R),
  (forall tau, 0 <= tau <= 1 -> is_derive phi tau (dphi tau)) ->
  curvature_at_least dphi L n ->
  phi 1 >= phi 0 + dphi 0 - L / 2 * n.
Proof.
  intros phi dphi L n Hd Hcurv.
  set (psi := fun u => phi u - dphi 0 * u + L * n / 2 * u ^ 2).
  assert (Hmono : psi 0 <= psi 1).
  { apply (nonneg_derive_le psi (fun u => dphi u - dphi 0 + L * n * u)); [lra | |].
    - intros tau Htau. apply ascent_auxiliary_derivative. apply Hd. exact Htau.
    - intros tau Htau. specialize (Hcurv tau Htau). lra. }
  unfold psi in Hmono. lra.
Qed.

(** ** One step on the proxy *)

(** The hypotheses of the step condition, along the step from θ to θ + α g: φ(τ) = U∗(θ + τ α g) has
    derivative φ' on [0, 1]; α > 0, G = ‖g‖ > 0, S = ‖g∗‖ > 0; φ'(0) = α g · g∗ = α OE G S (the identity
    g · g∗ = OE_U(U∗) ‖g‖ ‖g∗‖ of the efficiency's geometry); and U∗ has curvature at least −L on the
    segment, where ‖α g‖² = α² G². *)
Definition step_hypotheses (phi dphi : R -> R) (alpha G S OE L : R) : Prop :=
  0 < alpha /\ 0 < G /\ 0 < S /\
  (forall tau, 0 <= tau <= 1 -> is_derive phi tau (dphi tau)) /\
  dphi 0 = alpha * (OE * G * S) /\
  curvature_at_least dphi L (alpha ^ 2 * G ^ 2).

(** The gain bound factors as α G times S OE − α L G / 2, which is positive exactly when
    OE > α L G / (2 S). *)
Lemma step_gain_positive : forall alpha G S OE L,
  0 < alpha -> 0 < G -> 0 < S -> OE > alpha * L * G / (2 * S) ->
  0 < alpha * G * (S * OE - alpha * L * G / 2).
Proof.
  intros alpha G S OE L Ha HG HS Hcond.
  assert (Hfactor : S * OE - alpha * L * G / 2 > 0).
  { apply Rgt_lt in Hcond. apply (Rmult_lt_compat_l S) in Hcond; [|exact HS].
    replace (S * (alpha * L * G / (2 * S))) with (alpha * L * G / 2) in Hcond by (field; lra). lra. }
  apply Rmult_lt_0_compat; [apply Rmult_lt_0_compat|]; lra.
Qed.

(** @formalises 000N step-condition
    @scope special: the theorem along the step, in terms of the real numbers α, ‖g‖, ‖g∗‖, the efficiency
    and the goal φ(τ) = U∗(θ + ταg) on the segment, with the identity g · g∗ = OE_U(U∗)‖g‖‖g∗‖ and the
    curvature bound in its one-dimensional form as hypotheses; both the gain bound and the strict rise are
    proved, for any real L. The statement for U∗ on R^d is formalised in a separate declaration. *)
Theorem step_condition : forall (phi dphi : R -> R) (alpha G S OE L : R),
  step_hypotheses phi dphi alpha G S OE L ->
  phi 1 - phi 0 >= alpha * G * (S * OE - alpha * L * G / 2) /\
  (OE > alpha * L * G / (2 * S) -> phi 1 > phi 0).
Proof.
  intros phi dphi alpha G S OE L [Ha [HG [HS [Hd [H0 Hcurv]]]]].
  assert (Hgain : phi 1 - phi 0 >= alpha * G * (S * OE - alpha * L * G / 2)).
  { pose proof (ascent_lemma phi dphi L (alpha ^ 2 * G ^ 2) Hd Hcurv) as Hasc.
    rewrite H0 in Hasc. nra. }
  split; [exact Hgain|].
  intro Hcond. pose proof (step_gain_positive alpha G S OE L Ha HG HS Hcond). lra.
Qed.

(** ** The constant 1/2 is sharp: an example in R² *)

Definition dot2 (x y : R * R) : R := fst x * fst y + snd x * snd y.
Definition norm2 (x : R * R) : R := sqrt (dot2 x x).
Definition add2 (x y : R * R) : R * R := (fst x + fst y, snd x + snd y).
Definition scale2 (a : R) (x : R * R) : R * R := (a * fst x, a * snd x).
Definition sub2 (x y : R * R) : R * R := (fst x - fst y, snd x - snd y).
(** OE_U(U∗) at a point where the proxy's gradient is g and the goal's is g∗: the cosine of their angle. *)
Definition efficiency2 (g gstar : R * R) : R := dot2 g gstar / (norm2 g * norm2 gstar).

(** The goal U∗(x) = c · x − (L/2)‖x‖² with c = (S, 0), its gradient c − L x, and the proxy's gradient
    g = G (ρ, √(1 − ρ²)) at θ = 0. *)
Definition sharp_goal (S L : R) (x : R * R) : R := S * fst x - L / 2 * dot2 x x.
Definition sharp_gradient (S L : R) (x : R * R) : R * R := (S - L * fst x, - L * snd x).
Definition sharp_direction (G rho : R) : R * R := (G * rho, G * sqrt (1 - rho ^ 2)).
Definition origin2 : R * R := (0, 0).

(** [sharp_gradient] is the gradient of [sharp_goal]: along every line x + τ h the derivative of the
    goal is ∇U∗(x + τ h) · h. *)
Lemma sharp_gradient_correct : forall S L x h tau,
  is_derive (fun u => sharp_goal S L (add2 x (scale2 u h))) tau
            (dot2 (sharp_gradient S L (add2 x (scale2 tau h))) h).
Proof.
  intros S L [x1 x2] [h1 h2] tau. unfold sharp_goal, sharp_gradient, dot2, add2, scale2; simpl.
  auto_derive; [exact I|]. field.
Qed.

(** Its Hessian is −L I: the lower curvature bound holds with equality on every segment. *)
Lemma sharp_curvature : forall S L x s tau,
  dot2 (sub2 (sharp_gradient S L (add2 x (scale2 tau s))) (sharp_gradient S L x)) s
  = - L * tau * dot2 s s.
Proof. intros S L [x1 x2] [s1 s2] tau. unfold dot2, sub2, sharp_gradient, add2, scale2; simpl. ring. Qed.

Lemma sharp_direction_sqrt : forall rho, -1 <= rho <= 1 -> sqrt (1 - rho ^ 2) ^ 2 = 1 - rho ^ 2.
Proof. intros rho Hr. apply pow2_sqrt. nra. Qed.

Lemma sharp_direction_norm : forall G rho, 0 < G -> -1 <= rho <= 1 -> norm2 (sharp_direction G rho) = G.
Proof.
  intros G rho HG Hr. unfold norm2, dot2, sharp_direction; cbn [fst snd].
  replace (G * rho * (G * rho) + G * sqrt (1 - rho ^ 2) * (G * sqrt (1 - rho ^ 2))) with (G * G).
  - apply sqrt_square. lra.
  - transitivity (G ^ 2 * (rho ^ 2 + sqrt (1 - rho ^ 2) ^ 2)); [|ring].
    rewrite (sharp_direction_sqrt rho Hr). ring.
Qed.

Lemma sharp_gradient_origin_norm : forall S L, 0 < S -> norm2 (sharp_gradient S L origin2) = S.
Proof.
  intros S L HS. unfold norm2, dot2, sharp_gradient, origin2; cbn [fst snd].
  replace ((S - L * 0) * (S - L * 0) + - L * 0 * (- L * 0)) with (S * S) by ring.
  apply sqrt_square. lra.
Qed.

(** The goal's change over the step, by exact second-order expansion: α G S (ρ − t), t = α L G / (2 S). *)
Lemma sharp_goal_change : forall G S L alpha rho, 0 < S -> -1 <= rho <= 1 ->
  sharp_goal S L (scale2 alpha (sharp_direction G rho)) - sharp_goal S L origin2
  = alpha * G * S * (rho - alpha * L * G / (2 * S)).
Proof.
  intros G S L alpha rho HS Hr. unfold sharp_goal, scale2, sharp_direction, dot2, origin2; cbn [fst snd].
  transitivity (alpha * G * S * rho - L / 2 * alpha ^ 2 * G ^ 2 * (rho ^ 2 + sqrt (1 - rho ^ 2) ^ 2));
    [ring|]. rewrite (sharp_direction_sqrt rho Hr). field. lra.
Qed.

(** @formalises 000P step-condition-sharp
    @scope special: the example of the proof in R² (U∗(x) = c · x − (L/2)‖x‖² with c = (S, 0), θ = 0 and
    g = G(ρ, √(1 − ρ²)) for ρ in [−1, 1]): ‖g‖ = G, ‖∇U∗(0)‖ = S, OE_U(U∗) = ρ, the curvature bound holds
    with equality on the segment, and U∗(αg) − U∗(0) = αGS(ρ − t) with t = αLG/(2S). *)
Proposition step_condition_sharp_example : forall G S L alpha rho,
  0 < G -> 0 < S -> -1 <= rho <= 1 ->
  let g := sharp_direction G rho in
  let step := scale2 alpha g in
  norm2 g = G /\
  norm2 (sharp_gradient S L origin2) = S /\
  efficiency2 g (sharp_gradient S L origin2) = rho /\
  (forall tau, 0 <= tau <= 1 ->
     dot2 (sub2 (sharp_gradient S L (add2 origin2 (scale2 tau step))) (sharp_gradient S L origin2)) step
     >= - L * tau * norm2 step ^ 2) /\
  sharp_goal S L step - sharp_goal S L origin2 = alpha * G * S * (rho - alpha * L * G / (2 * S)).
Proof.
  intros G S L alpha rho HG HS Hr g step.
  assert (Hng : norm2 g = G) by (apply sharp_direction_norm; assumption).
  assert (Hns : norm2 (sharp_gradient S L origin2) = S) by (apply sharp_gradient_origin_norm; exact HS).
  split; [exact Hng|]. split; [exact Hns|]. split.
  - unfold efficiency2. rewrite Hng, Hns. unfold g, dot2, sharp_direction, sharp_gradient, origin2; simpl.
    field. lra.
  - split; [|apply sharp_goal_change; assumption].
    intros tau _. rewrite sharp_curvature. unfold norm2. rewrite pow2_sqrt; [lra|].
    unfold dot2. nra.
Qed.

(** @formalises 000P step-condition-sharp
    @scope special: the equality and fall cases in the example of the proof in R²: when t = αLG/(2S) ≤ 1,
    the efficiency ρ = t gives U∗(θ + αg) = U∗(θ), and every efficiency ρ in [−1, t) makes the goal fall. *)
Proposition step_condition_sharp : forall G S L alpha,
  0 < G -> 0 < S -> 0 < L -> 0 < alpha ->
  alpha * L * G / (2 * S) <= 1 ->
  let t := alpha * L * G / (2 * S) in
  efficiency2 (sharp_direction G t) (sharp_gradient S L origin2) = t /\
  sharp_goal S L (scale2 alpha (sharp_direction G t)) = sharp_goal S L origin2 /\
  (forall rho, -1 <= rho < t ->
     efficiency2 (sharp_direction G rho) (sharp_gradient S L origin2) = rho /\
     sharp_goal S L (scale2 alpha (sharp_direction G rho)) < sharp_goal S L origin2).
Proof.
  intros G S L alpha HG HS HL Ha Ht t.
  assert (Htpos : 0 < t) by (unfold t; apply Rdiv_lt_0_compat; [apply Rmult_lt_0_compat;
    [apply Rmult_lt_0_compat|] | ]; lra).
  assert (Hex : forall rho, -1 <= rho <= 1 ->
    efficiency2 (sharp_direction G rho) (sharp_gradient S L origin2) = rho /\
    sharp_goal S L (scale2 alpha (sharp_direction G rho)) - sharp_goal S L origin2
      = alpha * G * S * (rho - t)).
  { intros rho Hr. destruct (step_condition_sharp_example G S L alpha rho HG HS Hr)
      as [_ [_ [Heff [_ Hchange]]]]. split; assumption. }
  destruct (Hex t) as [Heff Hchange]; [unfold t in *; lra|].
  split; [exact Heff|]. split; [replace (t - t) with 0 in Hchange by ring; lra|].
  intros rho Hr. destruct (Hex rho) as [Heffr Hchanger]; [unfold t in *; lra|].
  split; [exact Heffr|].
  assert (alpha * G * S * (rho - t) < 0).
  { assert (0 < alpha * G * S) by (apply Rmult_lt_0_compat; [apply Rmult_lt_0_compat|]; lra). nra. }
  lra.
Qed.

(** @formalises 000P step-condition-sharp
    @scope special: the consequence, in the example of the proof in R² and when t = αLG/(2S) ≤ 1: for every
    κ < 1/2 there is a proxy gradient g with ‖g‖ = G for which OE_U(U∗) > καL‖g‖/‖g∗‖, U∗ has curvature at
    least −L on the segment, and yet the goal strictly falls (slightly more than the page's "does not rise"). *)
Proposition step_condition_weaker_constant_fails : forall G S L alpha kappa,
  0 < G -> 0 < S -> 0 < L -> 0 < alpha -> kappa < 1 / 2 ->
  alpha * L * G / (2 * S) <= 1 ->
  exists rho, -1 <= rho <= 1 /\
    let g := sharp_direction G rho in
    let gstar := sharp_gradient S L origin2 in
    norm2 g = G /\ norm2 gstar = S /\
    (forall tau, 0 <= tau <= 1 ->
       dot2 (sub2 (sharp_gradient S L (add2 origin2 (scale2 tau (scale2 alpha g)))) gstar) (scale2 alpha g)
       >= - L * tau * norm2 (scale2 alpha g) ^ 2) /\
    efficiency2 g gstar > kappa * alpha * L * norm2 g / norm2 gstar /\
    sharp_goal S L (scale2 alpha g) < sharp_goal S L origin2.
Proof.
  intros G S L alpha kappa HG HS HL Ha Hk Ht.
  set (t := alpha * L * G / (2 * S)) in *.
  assert (Htpos : 0 < t) by (unfold t; apply Rdiv_lt_0_compat; [apply Rmult_lt_0_compat;
    [apply Rmult_lt_0_compat|] | ]; lra).
  (* ρ halfway between max(2κt, 0) and t: above the weaker threshold 2κt, below the break-even t *)
  set (low := Rmax (2 * kappa * t) 0).
  assert (Hlow : 2 * kappa * t <= low /\ 0 <= low /\ low < t).
  { unfold low. split; [apply Rmax_l|]. split; [apply Rmax_r|].
    apply Rmax_lub_lt; [nra | lra]. }
  exists ((low + t) / 2). split; [lra|].
  assert (Hr : -1 <= (low + t) / 2 <= 1) by lra.
  destruct (step_condition_sharp_example G S L alpha ((low + t) / 2) HG HS Hr)
    as [Hng [Hns [Heff [Hcurv _]]]].
  destruct (step_condition_sharp G S L alpha HG HS HL Ha Ht) as [_ [_ Hfall]].
  split; [exact Hng|]. split; [exact Hns|]. split; [exact Hcurv|]. split.
  - rewrite Heff, Hng, Hns.
    replace (kappa * alpha * L * G / S) with (2 * kappa * t) by (unfold t; field; lra). lra.
  - destruct (Hfall ((low + t) / 2)) as [_ Hdown]; [unfold t in *; lra | exact Hdown].
Qed.

(** ** Along a trajectory *)

(** @formalises 000R step-condition-trajectory
    @scope special: for a sequence of points θ_k in any set, when each step from θ_k to θ_(k+1) meets the
    hypotheses of the step condition in its one-dimensional form (a function along the step from
    U∗(θ_k) to U∗(θ_(k+1)), with its own α, ‖g‖, ‖g∗‖, efficiency and L) together with its condition, the
    goal strictly increases: U∗(θ_k) < U∗(θ_m) whenever k < m. Gradient ascent on R^d is formalised in a
    separate declaration. *)
Corollary step_condition_trajectory : forall (X : Type) (theta : nat -> X) (goal : X -> R),
  (forall k, exists (phi dphi : R -> R) (alpha G S OE L : R),
     step_hypotheses phi dphi alpha G S OE L /\
     phi 0 = goal (theta k) /\ phi 1 = goal (theta (k + 1)%nat) /\
     OE > alpha * L * G / (2 * S)) ->
  forall k m, (k < m)%nat -> goal (theta k) < goal (theta m).
Proof.
  intros X theta goal Hstep.
  assert (Hrise : forall k, goal (theta k) < goal (theta (k + 1)%nat)).
  { intro k. destruct (Hstep k) as (phi & dphi & alpha & G & S & OE & L & Hhyp & H0 & H1 & Hcond).
    destruct (step_condition phi dphi alpha G S OE L Hhyp) as [_ Hup].
    rewrite <- H0, <- H1. apply Rgt_lt, Hup, Hcond. }
  intros k m Hkm. induction Hkm as [|m Hkm IH].
  - rewrite <- Nat.add_1_r. apply Hrise.
  - apply (Rlt_trans _ _ _ IH). rewrite <- Nat.add_1_r. apply Hrise.
Qed.

(** ** The same results for functions on R^d *)

(** Vectors of R^d, [dot], [norm], [vadd], [vscale] and the cosine similarity [cosim] (which is OE) come
    from Goodhart.Vectors. *)
Definition vsub (u v : nat -> R) : nat -> R := fun i => u i - v i.
(** The point x + τ s. *)
Definition along (x s : nat -> R) (tau : R) : nat -> R := fun i => x i + tau * s i.

(** [grad] is the gradient of [f] in the sense that, at every point x and in every direction h, the
    derivative of f in direction h is ∇f(x) · h. Every continuously differentiable function on R^d has
    this property. *)
Definition has_gradient (d : nat) (f : (nat -> R) -> R) (grad : (nat -> R) -> nat -> R) : Prop :=
  forall x h, is_derive (fun u => f (along x h u)) 0 (dot d (grad x) h).

(** The page's lower curvature bound on the segment [θ, θ + s]:
    (∇f(θ + τ s) − ∇f(θ)) · s ≥ −L τ ‖s‖² for τ in [0, 1]. *)
Definition curvature_on_segment (d : nat) (grad : (nat -> R) -> nat -> R) (L : R) (theta s : nat -> R)
  : Prop :=
  forall tau, 0 <= tau <= 1 ->
    dot d (vsub (grad (along theta s tau)) (grad theta)) s >= - L * tau * norm d s ^ 2.

Lemma dot_sub_l : forall d u w v, dot d (vsub u w) v = dot d u v - dot d w v.
Proof.
  intros d u w v. transitivity (dot d v (vadd u (vscale (-1) w))).
  - rewrite dot_comm. unfold dot. apply sumn_ext. intros i _. unfold vsub, vadd, vscale. ring.
  - rewrite dot_add_r, dot_scale_r, (dot_comm d v u), (dot_comm d v w). ring.
Qed.

Lemma norm_scale_sq : forall d a u, norm d (vscale a u) ^ 2 = a ^ 2 * norm d u ^ 2.
Proof. intros d a u. rewrite norm_scale, Rpow_mult_distr, pow2_abs. reflexivity. Qed.

Lemma along_zero : forall x s, along x s 0 = x.
Proof. intros x s. apply functional_extensionality. intro i. unfold along. ring. Qed.

Lemma along_one : forall x s, along x s 1 = vadd x s.
Proof. intros x s. apply functional_extensionality. intro i. unfold along, vadd. ring. Qed.

(** The reduction of the page's proofs: φ(τ) = f(θ + τ s) has derivative φ'(τ) = ∇f(θ + τ s) · s. *)
Lemma segment_derivative : forall d f grad, has_gradient d f grad -> forall theta s tau,
  is_derive (fun u => f (along theta s u)) tau (dot d (grad (along theta s tau)) s).
Proof.
  intros d f grad Hgrad theta s tau.
  set (x := along theta s tau).
  assert (Hshift : is_derive (fun v : R => v - tau) tau 1) by (auto_derive; [exact I | ring]).
  assert (Hat : is_derive (fun u => f (along x s u)) (tau - tau) (dot d (grad x) s))
    by (replace (tau - tau) with 0 by ring; apply Hgrad).
  pose proof (is_derive_comp (fun u => f (along x s u)) (fun v => v - tau) tau _ 1 Hat Hshift) as Hcomp.
  change (scal 1 (dot d (grad x) s)) with (1 * dot d (grad x) s) in Hcomp.
  rewrite Rmult_1_l in Hcomp. apply (is_derive_ext (fun v => f (along x s (v - tau)))); [|exact Hcomp].
  intro v. f_equal. apply functional_extensionality. intro i. unfold x, along. ring.
Qed.

(** @formalises 000M ascent-lemma
    @scope special: the lemma for f on R^d, with differentiability taken to mean that at every point the
    derivative of f in each direction h is ∇f · h (which every continuously differentiable f satisfies;
    that standard fact is not formalised), for any real L. *)
Lemma ascent_lemma_vectors : forall d (f : (nat -> R) -> R) (grad : (nat -> R) -> nat -> R) (L : R)
    (theta s : nat -> R),
  has_gradient d f grad ->
  curvature_on_segment d grad L theta s ->
  f (vadd theta s) >= f theta + dot d (grad theta) s - L / 2 * norm d s ^ 2.
Proof.
  intros d f grad L theta s Hgrad Hcurv.
  pose proof (ascent_lemma (fun u => f (along theta s u)) (fun u => dot d (grad (along theta s u)) s)
    L (norm d s ^ 2)) as Hasc.
  cbv beta in Hasc. rewrite along_one, !along_zero in Hasc. apply Hasc.
  - intros tau _. apply segment_derivative. exact Hgrad.
  - intros tau Htau. rewrite along_zero, <- dot_sub_l. apply Hcurv. exact Htau.
Qed.

(** A step θ → θ + α g on R^d meets [step_hypotheses], with G = ‖g‖, S = ‖∇U∗(θ)‖ and OE = OE_g(U∗). *)
Lemma vector_step_hypotheses : forall d (goal : (nat -> R) -> R) (grad : (nat -> R) -> nat -> R)
    (theta g : nat -> R) (alpha L : R),
  has_gradient d goal grad ->
  0 < alpha -> 0 < norm d g -> 0 < norm d (grad theta) ->
  curvature_on_segment d grad L theta (vscale alpha g) ->
  step_hypotheses (fun u => goal (along theta (vscale alpha g) u))
    (fun u => dot d (grad (along theta (vscale alpha g) u)) (vscale alpha g))
    alpha (norm d g) (norm d (grad theta)) (cosim d g (grad theta)) L.
Proof.
  intros d goal grad theta g alpha L Hgrad Ha HG HS Hcurv.
  split; [exact Ha|]. split; [exact HG|]. split; [exact HS|]. split.
  - intros tau _. apply segment_derivative. exact Hgrad.
  - split.
    + rewrite along_zero, dot_scale_r, dot_comm. unfold cosim. field. lra.
    + intros tau Htau. rewrite along_zero, <- dot_sub_l, <- norm_scale_sq. apply Hcurv. exact Htau.
Qed.

(** @formalises 000N step-condition
    @scope special: the theorem for U∗ on R^d, with differentiability taken to mean that at every point the
    derivative of U∗ in each direction h is ∇U∗ · h (which every continuously differentiable U∗ satisfies;
    that standard fact is not formalised); the step direction g is any non-zero vector, in particular ∇U(θ),
    and L any real. Both the gain bound and the strict rise are proved. *)
Theorem step_condition_vectors : forall d (goal : (nat -> R) -> R) (grad : (nat -> R) -> nat -> R)
    (theta g : nat -> R) (alpha L : R),
  has_gradient d goal grad ->
  0 < alpha -> 0 < norm d g -> 0 < norm d (grad theta) ->
  curvature_on_segment d grad L theta (vscale alpha g) ->
  goal (vadd theta (vscale alpha g)) - goal theta
    >= alpha * norm d g * (norm d (grad theta) * cosim d g (grad theta) - alpha * L / 2 * norm d g) /\
  (cosim d g (grad theta) > alpha * L / 2 * (norm d g / norm d (grad theta)) ->
   goal (vadd theta (vscale alpha g)) > goal theta).
Proof.
  intros d goal grad theta g alpha L Hgrad Ha HG HS Hcurv.
  pose proof (vector_step_hypotheses d goal grad theta g alpha L Hgrad Ha HG HS Hcurv) as Hhyp.
  destruct (step_condition _ _ _ _ _ _ _ Hhyp) as [Hgain Hrise].
  rewrite along_one, along_zero in Hgain, Hrise.
  split; [replace (alpha * L / 2 * norm d g) with (alpha * L * norm d g / 2) by field; exact Hgain|].
  intro Hcond. apply Hrise.
  replace (alpha * L * norm d g / (2 * norm d (grad theta)))
    with (alpha * L / 2 * (norm d g / norm d (grad theta))) by (field; lra).
  exact Hcond.
Qed.

(** @formalises 000R step-condition-trajectory
    @scope special: the corollary for U∗ on R^d and θ_(k+1) = θ_k + α g(θ_k) for any vector field g in place
    of ∇U, with differentiability of U∗ taken to mean that at every point its derivative in each direction h
    is ∇U∗ · h (which every continuously differentiable U∗ satisfies; that standard fact is not formalised),
    and L any real. *)
Corollary step_condition_trajectory_vectors : forall d (goal : (nat -> R) -> R)
    (goal_grad proxy_grad : (nat -> R) -> nat -> R) (theta : nat -> nat -> R) (alpha L : R),
  has_gradient d goal goal_grad ->
  0 < alpha ->
  (forall k, theta (k + 1)%nat = vadd (theta k) (vscale alpha (proxy_grad (theta k)))) ->
  (forall k, curvature_on_segment d goal_grad L (theta k) (vscale alpha (proxy_grad (theta k)))) ->
  (forall k, 0 < norm d (proxy_grad (theta k)) /\ 0 < norm d (goal_grad (theta k)) /\
     cosim d (proxy_grad (theta k)) (goal_grad (theta k))
       > alpha * L / 2 * (norm d (proxy_grad (theta k)) / norm d (goal_grad (theta k)))) ->
  forall k m, (k < m)%nat -> goal (theta k) < goal (theta m).
Proof.
  intros d goal goal_grad proxy_grad theta alpha L Hgrad Ha Hnext Hcurv Hcond.
  apply step_condition_trajectory. intro k.
  destruct (Hcond k) as [HG [HS Hk]].
  set (g := proxy_grad (theta k)) in *.
  exists (fun u => goal (along (theta k) (vscale alpha g) u)),
         (fun u => dot d (goal_grad (along (theta k) (vscale alpha g) u)) (vscale alpha g)),
         alpha, (norm d g), (norm d (goal_grad (theta k))), (cosim d g (goal_grad (theta k))), L.
  split; [apply vector_step_hypotheses; [exact Hgrad | exact Ha | exact HG | exact HS | exact (Hcurv k)]|].
  cbv beta. rewrite along_zero, along_one, Hnext. split; [reflexivity|]. split; [reflexivity|].
  replace (alpha * L * norm d g / (2 * norm d (goal_grad (theta k))))
    with (alpha * L / 2 * (norm d g / norm d (goal_grad (theta k)))) by (field; lra).
  exact Hk.
Qed.
