(** * Real-analysis helpers

    Small facts about real functions of one variable used by the proofs of the model's calculus
    results: a function whose derivative is non-negative on [a, b] does not decrease from a to b. *)
Require Import Reals Lra Coquelicot.Coquelicot.
Open Scope R_scope.

(** A derivative at a point gives continuity there, in the standard library's sense. *)
Lemma is_derive_continuity_pt : forall (f : R -> R) (x l : R), is_derive f x l -> continuity_pt f x.
Proof.
  intros f x l Hd. apply continuity_pt_filterlim.
  apply (ex_derive_continuous f x). exists l. exact Hd.
Qed.

(** If f' ≥ 0 on [a, b] then f a ≤ f b (mean value theorem). *)
Lemma nonneg_derive_le : forall (f f' : R -> R) (a b : R), a <= b ->
  (forall x, a <= x <= b -> is_derive f x (f' x)) ->
  (forall x, a <= x <= b -> 0 <= f' x) ->
  f a <= f b.
Proof.
  intros f f' a b Hab Hd Hpos.
  assert (Hmin : Rmin a b = a) by (apply Rmin_left; lra).
  assert (Hmax : Rmax a b = b) by (apply Rmax_right; lra).
  destruct (MVT_gen f a b f') as [c [Hc Heq]]; rewrite Hmin, Hmax in *.
  - intros x Hx. apply Hd. lra.
  - intros x Hx. apply (is_derive_continuity_pt f x (f' x)). apply Hd. exact Hx.
  - assert (0 <= f' c) by (apply Hpos; exact Hc).
    assert (0 <= f' c * (b - a)) by (apply Rmult_le_pos; lra). lra.
Qed.
