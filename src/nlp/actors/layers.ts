/** Layers assigned by the actors stage (see actors-stage.ts). */
import type { ActorKind, OutletKind } from './dictionary.js';

export interface ActorAttrs {
  /** Dictionary id: a named actor, a country's generated actor, or a generic noun group ("generic-militants"). */
  id: string;
  canonical: string;
  kind: ActorKind;
  /** Side code (IRQ-GOV, IS, CIV…), or null when the words do not say whose ("militants", "troops"). */
  side: string | null;
  /** Id of the parent actor (CTS → iraqi-security-forces), or null. */
  parent: string | null;
  country: string | null;
  /** True when a common noun names the actor ("Iraqi forces", "militants") rather than its name. */
  generic: boolean;
  /** The qualifier that decided it, as written: "Iraqi", "Iraq's", "pro-Russian", "Kurdish". */
  demonym?: string;
}

export interface OutletAttrs {
  id: string;
  canonical: string;
  kind: OutletKind;
  country: string | null;
  /** The side an outlet speaks for (Amaq: IS, Al-Masirah: HOUTHI), else null. */
  side: string | null;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A mention of an armed actor, a state body, an organisation, a leader or civilians, inside a sentence. */
    actor: ActorAttrs;
    /** A mention of a news organisation or wire service: attribution, never a party. */
    outlet: OutletAttrs;
  }
}

export {};
