(** * Optimisation efficiency as a cosine, the cosine of a sum, and the angle form of the step condition

    Formalises, with the vectors of [Goodhart.Vectors]:
    - the geometry of optimisation pressure and efficiency (content/model/the-model.mdx): for a direction
      v and a gradient w = ∇f(x) in R^d, [efficiency d v w] is OE_v(f) = v · w / (‖v‖ ‖w‖) (the cosine
      similarity) and [pressure d v w] is OP_v(f) = v · w / ‖w‖; the angle between v and w is
      φ = arccos OE, the stdlib's [acos];
    - the cosine of a sum (content/model/step-condition.mdx), with b + c written [vadd b c] and the
      convention cos(x, 0) = 0;
    - the angle form of the step condition (content/model/step-condition.mdx): with t the threshold
      α L ‖g‖ / (2 ‖g∗‖) of the step condition and φ the angle between g = ∇U and g∗ = ∇U∗, the condition
      OE_U(U∗) = cos φ > t read as a condition on φ. *)
Require Import Reals Lra Psatz Coquelicot.Coquelicot.
Require Import Goodhart.Vectors Goodhart.StepCondition.
Open Scope R_scope.

Definition efficiency (d : nat) (v w : nat -> R) : R := cosim d v w.
Definition pressure (d : nat) (v w : nat -> R) : R := dot d v w / norm d w.
Definition angle (d : nat) (v w : nat -> R) : R := acos (cosim d v w).

(** ** The geometry of OP and OE *)

Lemma cos_angle : forall d v w, cos (angle d v w) = cosim d v w.
Proof. intros. unfold angle. apply cos_acos, cosim_bound. Qed.

(** c x / (c y) = x / y, also when y = 0 (both sides are then 0). *)
Lemma div_cancel_l : forall c x y, c <> 0 -> c * x / (c * y) = x / y.
Proof.
  intros c x y Hc. destruct (Req_dec y 0) as [Hy|Hy].
  - rewrite Hy, Rmult_0_r. unfold Rdiv. rewrite Rinv_0. ring.
  - field. split; assumption.
Qed.

Lemma cosim_scale_l : forall d c v w, 0 < c -> cosim d (vscale c v) w = cosim d v w.
Proof.
  intros d c v w Hc. unfold cosim. rewrite dot_scale_l, norm_scale, Rabs_pos_eq by lra.
  rewrite Rmult_assoc. apply div_cancel_l. lra.
Qed.

Lemma cosim_scale_r : forall d k v w, 0 < k -> cosim d v (vscale k w) = cosim d v w.
Proof.
  intros d k v w Hk. unfold cosim. rewrite (dot_comm d v (vscale k w)), (dot_comm d v w).
  rewrite Rmult_comm, (Rmult_comm (norm d v) (norm d w)). fold (cosim d (vscale k w) v) (cosim d w v).
  apply cosim_scale_l. exact Hk.
Qed.

(** @formalises 000Z oe-geometry
    @scope special: all four parts for non-zero vectors v and w = ∇f(x) in R^d, with the angle defined as
    φ = arccos OE in [0, π]: OE = cos φ in [−1, 1], OP = ‖v‖ cos φ, OE unchanged and OP scaled under
    v ↦ cv for c > 0, v · ∇f(x) = OP ‖∇f(x)‖ = OE ‖v‖ ‖∇f(x)‖, and both unchanged when ∇f(x) is
    multiplied by a positive number. That replacing f by h ∘ f multiplies the gradient by h'(f(x)) (the
    chain rule), and that ‖v‖ cos φ is the length of the projection, rest on the written proof. *)
Theorem oe_geometry : forall d v w, ~ is_zero d v -> ~ is_zero d w ->
  (efficiency d v w = cos (angle d v w) /\ -1 <= efficiency d v w <= 1 /\ 0 <= angle d v w <= PI /\
   pressure d v w = norm d v * cos (angle d v w)) /\
  (forall c, 0 < c ->
   efficiency d (vscale c v) w = efficiency d v w /\ pressure d (vscale c v) w = c * pressure d v w) /\
  (forall k, 0 < k ->
   efficiency d v (vscale k w) = efficiency d v w /\ pressure d v (vscale k w) = pressure d v w) /\
  (dot d v w = pressure d v w * norm d w /\ dot d v w = efficiency d v w * norm d v * norm d w).
Proof.
  intros d v w Hv Hw. pose proof (norm_pos d v Hv). pose proof (norm_pos d w Hw).
  unfold efficiency, pressure. rewrite cos_angle.
  split; [|split; [|split]].
  - split; [reflexivity|]. split; [apply cosim_bound|]. split; [apply acos_bound|].
    rewrite (dot_cosim d v w). field. lra.
  - intros c Hc. split; [apply cosim_scale_l; exact Hc|]. rewrite dot_scale_l. unfold Rdiv. ring.
  - intros k Hk. split; [apply cosim_scale_r; exact Hk|].
    rewrite dot_scale_r, norm_scale, Rabs_pos_eq by lra. field. lra.
  - split; [field; lra | apply dot_cosim].
Qed.

(** The efficiency is 1 exactly when v is a positive multiple of w. *)
Lemma efficiency_one_iff : forall d v w, ~ is_zero d v -> ~ is_zero d w ->
  efficiency d v w = 1 <-> exists lambda, 0 < lambda /\ multiple d v lambda w.
Proof.
  intros d v w Hv Hw. unfold efficiency. split.
  - apply cosim_one_multiple; assumption.
  - intros [lambda [Hl Hm]]. rewrite <- (cosim_positive_multiple d w v lambda Hw Hm Hl).
    unfold cosim. rewrite dot_comm. f_equal. ring.
Qed.

(** ** The cosine of a sum *)

(** @formalises 000T cosine-of-sum
    @scope full *)
Lemma cosine_of_sum : forall d a b c, ~ is_zero d a -> ~ is_zero d (vadd b c) ->
  cosim d a (vadd b c) = cosim d a b * norm d b / norm d (vadd b c) + cosim d a c * norm d c / norm d (vadd b c) /\
  cosim d a b * norm d b / norm d (vadd b c) - norm d c / norm d (vadd b c) <= cosim d a (vadd b c) /\
  cosim d a (vadd b c) <= cosim d a b * norm d b / norm d (vadd b c) + norm d c / norm d (vadd b c) /\
  ((exists lambda, 0 <= lambda /\ multiple d c lambda a) ->
   cosim d a (vadd b c) = cosim d a b * norm d b / norm d (vadd b c) + norm d c / norm d (vadd b c)) /\
  ((exists lambda, lambda <= 0 /\ multiple d c lambda a) ->
   cosim d a (vadd b c) = cosim d a b * norm d b / norm d (vadd b c) - norm d c / norm d (vadd b c)).
Proof.
  intros d a b c Ha Hbc. pose proof (norm_pos d a Ha). pose proof (norm_pos d (vadd b c) Hbc).
  assert (Hsum : cosim d a (vadd b c) =
    cosim d a b * norm d b / norm d (vadd b c) + cosim d a c * norm d c / norm d (vadd b c)).
  { unfold cosim at 1. rewrite dot_add_r, (dot_cosim d a b), (dot_cosim d a c). field. lra. }
  pose proof (cosim_bound d a c) as Hac.
  assert (Hr : 0 <= norm d c / norm d (vadd b c)) by (apply Rdiv_le_0_compat; [apply norm_nonneg | lra]).
  assert (Hterm : cosim d a c * norm d c / norm d (vadd b c) = cosim d a c * (norm d c / norm d (vadd b c)))
    by (unfold Rdiv; ring).
  rewrite Hterm in Hsum.
  split; [rewrite Hterm; exact Hsum|]. split; [nra|]. split; [nra|]. split.
  - intros [lambda [Hl Hm]]. rewrite Hsum.
    destruct (Rle_lt_or_eq_dec 0 lambda Hl) as [Hpos|Hzero].
    + rewrite (cosim_positive_multiple d a c lambda Ha Hm Hpos). ring.
    + rewrite (norm_multiple d c lambda a Hm), <- Hzero, Rabs_R0. unfold Rdiv. ring.
  - intros [lambda [Hl Hm]]. rewrite Hsum.
    destruct (Rle_lt_or_eq_dec lambda 0 Hl) as [Hneg|Hzero].
    + rewrite (cosim_negative_multiple d a c lambda Ha Hm Hneg). ring.
    + rewrite (norm_multiple d c lambda a Hm), Hzero, Rabs_R0. unfold Rdiv. ring.
Qed.

(** ** The angle form of the step condition *)

(** cos is strictly decreasing on [0, π], so cos φ > t is φ < arccos t. *)
Lemma cos_gt_iff_lt_acos : forall t phi, -1 <= t <= 1 -> 0 <= phi <= PI -> cos phi > t <-> phi < acos t.
Proof.
  intros t phi Ht Hphi. pose proof (acos_bound t). pose proof (cos_acos t Ht) as Hca. split.
  - intro Hgt. destruct (Rlt_or_le phi (acos t)) as [Hlt|Hle]; [exact Hlt|]. exfalso.
    destruct (Rle_lt_or_eq_dec (acos t) phi Hle) as [Hlt|Heq].
    + pose proof (cos_decreasing_1 (acos t) phi ltac:(lra) ltac:(lra) ltac:(lra) ltac:(lra) Hlt). lra.
    + rewrite <- Heq in Hgt. lra.
  - intro Hlt. pose proof (cos_decreasing_1 phi (acos t) ltac:(lra) ltac:(lra) ltac:(lra) ltac:(lra) Hlt). lra.
Qed.

Lemma no_angle_above_one : forall t phi, 1 <= t -> ~ cos phi > t.
Proof. intros t phi Ht Hgt. pose proof (COS_bound phi). lra. Qed.

(** The chord function h(φ) = cos φ − 1 + 2φ/π and its derivative −sin φ + 2/π. *)
Lemma chord_gap_derive : forall p, derivable_pt_lim (fun x => cos x - 1 + 2 * x / PI) p (- sin p + 2 / PI).
Proof.
  intro p. apply is_derive_Reals. auto_derive; [exact I|]. pose proof PI_neq0. field. exact H.
Qed.

(** cos lies above its chord on [0, π/2]: cos φ ≥ 1 − 2φ/π. If h(x) < 0 inside, the mean value theorem on
    [0, x] and on [x, π/2] gives points c₁ < c₂ with h'(c₁) < 0 < h'(c₂), while h' = −sin + 2/π decreases. *)
Lemma cos_above_chord : forall phi, 0 <= phi <= PI / 2 -> 1 - 2 * phi / PI <= cos phi.
Proof.
  intros phi Hphi. pose proof PI2_1 as Hpi.
  set (h := fun x => cos x - 1 + 2 * x / PI).
  assert (Hh0 : h 0 = 0) by (unfold h; rewrite cos_0; field; lra).
  assert (Hh1 : h (PI / 2) = 0) by (unfold h; rewrite cos_PI2; field; lra).
  destruct (Rle_or_lt 0 (h phi)) as [Hge|Hneg]; [unfold h in Hge; lra|]. exfalso.
  assert (Hin : 0 < phi < PI / 2).
  { split.
    - destruct (Req_dec phi 0) as [E|E]; [rewrite E in Hneg; lra | lra].
    - destruct (Req_dec phi (PI / 2)) as [E|E]; [rewrite E in Hneg; lra | lra]. }
  destruct (MVT_cor2 h (fun x => - sin x + 2 / PI) 0 phi ltac:(lra) (fun c _ => chord_gap_derive c))
    as [c1 [Hc1 Hc1in]].
  destruct (MVT_cor2 h (fun x => - sin x + 2 / PI) phi (PI / 2) ltac:(lra) (fun c _ => chord_gap_derive c))
    as [c2 [Hc2 Hc2in]].
  assert (Hd1 : - sin c1 + 2 / PI < 0).
  { rewrite Hh0 in Hc1. apply (Rmult_lt_reg_r phi); [lra|]. lra. }
  assert (Hd2 : 0 < - sin c2 + 2 / PI).
  { rewrite Hh1 in Hc2. apply (Rmult_lt_reg_r (PI / 2 - phi)); [lra|]. lra. }
  pose proof (sin_increasing_1 c1 c2 ltac:(lra) ltac:(lra) ltac:(lra) ltac:(lra) ltac:(lra)). lra.
Qed.

(** The linear condition φ < (π/2)(1 − t) is sufficient for cos φ > t when t ∈ [0, 1]. *)
Lemma linear_angle_sufficient : forall t phi, 0 <= t <= 1 -> 0 <= phi <= PI -> phi < PI / 2 * (1 - t) ->
  cos phi > t.
Proof.
  intros t phi Ht Hphi Hlt. pose proof PI2_1.
  assert (Hhalf : phi <= PI / 2) by nra.
  pose proof (cos_above_chord phi ltac:(lra)) as Hchord.
  assert (Hlin : 2 * phi / PI < 1 - t).
  { apply (Rmult_lt_reg_r (PI / 2)); [lra|]. replace (2 * phi / PI * (PI / 2)) with phi by (field; lra). lra. }
  lra.
Qed.

(** sin u ≤ u − u³/6 + u⁵/120 on [0, π]. *)
Lemma sin_le_quintic : forall u, 0 <= u <= PI -> sin u <= u - u ^ 3 / 6 + u ^ 5 / 120.
Proof.
  intros u Hu. destruct (sin_bound u 0 ltac:(lra) ltac:(lra)) as [_ Hub].
  replace (sin_approx u (2 * (0 + 1))) with (u - u ^ 3 / 6 + u ^ 5 / 120) in Hub
    by (unfold sin_approx, sin_term; simpl; field). exact Hub.
Qed.

(** With u = t w, w = 1 + t²/6, the difference t − (u − u³/6 + u⁵/120) is t³ times this factor, which is
    positive on (0, 1) because w³ ≥ 1 + t²/2 and w⁵ ≤ (49/36) w³. *)
Lemma truncation_gap_factor : forall t, 0 < t < 1 ->
  (1 + t ^ 2 / 6) ^ 3 / 6 - 1 / 6 - t ^ 2 * (1 + t ^ 2 / 6) ^ 5 / 120 > 0.
Proof.
  intros t Ht. assert (Hs : 0 < t ^ 2 < 1) by (split; nra).
  set (w := 1 + t ^ 2 / 6).
  assert (Hw : 1 <= w <= 7 / 6) by (unfold w; split; lra).
  assert (Hw3 : w ^ 3 >= 1 + t ^ 2 / 2).
  { assert (Ha : 0 <= t ^ 2 / 6) by lra.
    pose proof (pow_le _ 2 Ha). pose proof (pow_le _ 3 Ha).
    unfold w. replace ((1 + t ^ 2 / 6) ^ 3) with (1 + 3 * (t ^ 2 / 6) + 3 * (t ^ 2 / 6) ^ 2 + (t ^ 2 / 6) ^ 3)
      by ring.
    lra. }
  assert (Hw5 : w ^ 5 <= 49 / 36 * w ^ 3).
  { assert (Hw2 : w ^ 2 <= 49 / 36) by nra. pose proof (pow_le w 3 ltac:(lra)).
    replace (w ^ 5) with (w ^ 2 * w ^ 3) by ring. apply Rmult_le_compat_r; lra. }
  assert (H1 : t ^ 2 * w ^ 5 <= t ^ 2 * (49 / 36 * w ^ 3)) by (apply Rmult_le_compat_l; lra).
  assert (H2 : w ^ 3 * (1 / 6 - 49 / 4320 * t ^ 2) >= (1 + t ^ 2 / 2) * (1 / 6 - 49 / 4320 * t ^ 2))
    by (apply Rmult_ge_compat_r; lra).
  assert (H3 : t ^ 2 * t ^ 2 < t ^ 2) by nra.
  nra.
Qed.

(** sin(t + t³/6) < t for t ∈ (0, 1). *)
Lemma sin_truncation_lt : forall t, 0 < t < 1 -> sin (t + t ^ 3 / 6) < t.
Proof.
  intros t Ht. pose proof PI2_3_2.
  assert (Ht2 : 0 < t ^ 2 < 1) by (split; nra).
  assert (Ht3 : 0 < t ^ 3 < 1) by (replace (t ^ 3) with (t * t ^ 2) by ring; split; nra).
  set (u := t + t ^ 3 / 6).
  pose proof (sin_le_quintic u ltac:(unfold u; lra)) as Hsin.
  pose proof (truncation_gap_factor t Ht) as Hgap.
  assert (Hpoly : t - (u - u ^ 3 / 6 + u ^ 5 / 120) =
    t ^ 3 * ((1 + t ^ 2 / 6) ^ 3 / 6 - 1 / 6 - t ^ 2 * (1 + t ^ 2 / 6) ^ 5 / 120)) by (unfold u; field).
  pose proof (Rmult_lt_0_compat _ _ (proj1 Ht3) Hgap). lra.
Qed.

(** The truncation overstates the threshold: arccos t < π/2 − t − t³/6 for t ∈ (0, 1), since
    arccos t = π/2 − arcsin t and sin(t + t³/6) < t = sin(arcsin t). *)
Lemma acos_below_truncation : forall t, 0 < t < 1 -> acos t < PI / 2 - t - t ^ 3 / 6.
Proof.
  intros t Ht. pose proof PI2_3_2. pose proof (asin_bound t).
  assert (Ht2 : 0 < t ^ 2 < 1) by (split; nra).
  assert (Ht3 : 0 < t ^ 3 < 1) by (replace (t ^ 3) with (t * t ^ 2) by ring; split; nra).
  rewrite acos_asin by lra.
  assert (Hlt : t + t ^ 3 / 6 < asin t).
  { apply sin_increasing_0; try lra. rewrite sin_asin by lra. apply sin_truncation_lt. exact Ht. }
  lra.
Qed.

(** Both truncations are necessary: on [0, 1], arccos t ≤ π/2 − t − t³/6 ≤ π/2 − t. *)
Lemma acos_le_truncation : forall t, 0 <= t <= 1 -> acos t <= PI / 2 - t - t ^ 3 / 6.
Proof.
  intros t Ht. pose proof PI2_3_2.
  destruct (Req_dec t 0) as [H0|H0]; [rewrite H0, acos_0; simpl; lra|].
  destruct (Req_dec t 1) as [H1|H1]; [rewrite H1, acos_1; simpl; lra|].
  apply Rlt_le, acos_below_truncation. lra.
Qed.

(** Neither truncation is sufficient: for t ∈ (0, 1) an angle between arccos t and π/2 − t − t³/6 meets
    both and has cos φ < t. *)
Lemma truncations_not_sufficient : forall t, 0 < t < 1 -> exists phi, 0 <= phi <= PI /\
  phi < PI / 2 - t /\ phi < PI / 2 - t - t ^ 3 / 6 /\ cos phi < t.
Proof.
  intros t Ht. pose proof PI2_Rlt_PI. pose proof (acos_bound t). pose proof (acos_below_truncation t Ht).
  assert (Ht3 : 0 < t ^ 3) by (apply pow_lt; lra).
  exists ((acos t + (PI / 2 - t - t ^ 3 / 6)) / 2). split; [lra|]. split; [lra|]. split; [lra|].
  pose proof (cos_decreasing_1 (acos t) ((acos t + (PI / 2 - t - t ^ 3 / 6)) / 2)) as Hdec.
  rewrite cos_acos in Hdec by lra. apply Hdec; lra.
Qed.

(** @formalises 000S step-condition-angle
    @scope special: for non-zero g and g∗ in R^d with angle φ = arccos OE_U(U∗) in [0, π] and any real
    threshold t: if t ∈ [−1, 1], OE_U(U∗) > t is equivalent to φ < arccos t; if t ≥ 1 no angle has
    cos φ > t; for t ∈ [0, 1] the linear condition φ < (π/2)(1 − t) implies OE_U(U∗) > t; for t ∈ [0, 1],
    arccos t ≤ π/2 − t − t³/6 ≤ π/2 − t, so both truncations are necessary; and for every t ∈ (0, 1) some
    angle in [0, π] meets both truncations while its cosine is below t. The series expansion of arccos t,
    the sign of its omitted terms, the remainder bounds, and that the goal then falls in the construction
    of the sharpness example rest on the written proof. *)
Corollary step_condition_angle : forall d g gstar, ~ is_zero d g -> ~ is_zero d gstar ->
  (forall t, -1 <= t <= 1 -> (efficiency d g gstar > t <-> angle d g gstar < acos t)) /\
  (forall t, 1 <= t -> ~ efficiency d g gstar > t) /\
  (forall t, 0 <= t <= 1 -> angle d g gstar < PI / 2 * (1 - t) -> efficiency d g gstar > t) /\
  (forall t, 0 <= t <= 1 -> acos t <= PI / 2 - t - t ^ 3 / 6 /\ PI / 2 - t - t ^ 3 / 6 <= PI / 2 - t) /\
  (forall t, 0 < t < 1 -> exists phi, 0 <= phi <= PI /\
     phi < PI / 2 - t /\ phi < PI / 2 - t - t ^ 3 / 6 /\ cos phi < t).
Proof.
  intros d g gstar Hg Hgs. unfold efficiency. rewrite <- cos_angle. pose proof (acos_bound (cosim d g gstar)).
  fold (angle d g gstar) in *.
  split; [|split; [|split; [|split]]].
  - intros t Ht. apply cos_gt_iff_lt_acos; assumption.
  - intros t Ht. apply no_angle_above_one. exact Ht.
  - intros t Ht Hlt. apply linear_angle_sufficient; assumption.
  - intros t Ht. split; [apply acos_le_truncation; exact Ht|].
    pose proof (pow_le t 3 (proj1 Ht)). lra.
  - exact truncations_not_sufficient.
Qed.

(** @formalises 000S step-condition-angle
    @scope special: the linear angle condition as a guarantee for the step, in the one-dimensional setting
    of the step condition's formalisation (the goal φ(τ) = U∗(θ + ταg) along the step, with the efficiency
    written as cos ψ for an angle ψ in [0, π] between the gradients, and L ≥ 0): if ψ < (π/2)(1 − t) with
    t = αL‖g‖/(2‖g∗‖), the goal rises. *)
Theorem linear_angle_step : forall (phi dphi : R -> R) (alpha G S psi L : R),
  step_hypotheses phi dphi alpha G S (cos psi) L -> 0 <= L -> 0 <= psi <= PI ->
  psi < PI / 2 * (1 - alpha * L * G / (2 * S)) -> phi 1 > phi 0.
Proof.
  intros phi dphi alpha G S psi L Hyp HL Hpsi Hlt.
  pose proof Hyp as [Ha [HG [HS _]]].
  apply (proj2 (step_condition phi dphi alpha G S (cos psi) L Hyp)).
  assert (Ht0 : 0 <= alpha * L * G / (2 * S)).
  { apply Rdiv_le_0_compat; [|lra]. apply Rmult_le_pos; [apply Rmult_le_pos|]; lra. }
  assert (Ht1 : alpha * L * G / (2 * S) <= 1).
  { destruct (Rle_or_lt (alpha * L * G / (2 * S)) 1) as [H|H]; [exact H|]. pose proof PI2_1. nra. }
  apply linear_angle_sufficient; [lra | exact Hpsi | exact Hlt].
Qed.
