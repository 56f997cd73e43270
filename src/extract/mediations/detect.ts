import type { Evidence, ExtractedMediation } from '../../domain/article.js';
import type { ActorGroup } from '../actors/resolve.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { articleParties, betweenPair } from '../parties.js';

interface Draft {
  mediators: ActorGroup[];
  parties: ActorGroup[];
  subject: string | null;
  evidence: Evidence[];
}

const CUE_RE = /^(mediat\w*|broker\w*|intermediar\w*|go-between|facilitat\w*|guarantor\w*|auspices|sponsor\w*|accompanier\w*)$/i;
const SUFFIX_CUE = /-(brokered|mediated|sponsored|facilitated)$/i;

/** Finds who mediates between whom: "X, acting as a mediator", "X-brokered", "mediated by X", "guarantor countries". */
export function detectMediations(ctx: ArticleContext): ExtractedMediation[] {
  const lex = lexicon();
  const drafts: Draft[] = [];
  for (const an of ctx.analyses) {
    const { tokens, mentions } = an;
    const cues = tokens.filter((t) => CUE_RE.test(t.text) || SUFFIX_CUE.test(t.text));
    if (cues.length === 0) continue;
    const pair = betweenPair(ctx, an);
    for (const cue of cues) {
      const mediators: ActorGroup[] = [];
      // "Qatar-brokered", "UN-brokered"
      if (SUFFIX_CUE.test(cue.text)) {
        const m = mentions.find((x) => x.t0 === cue.i);
        const g = m && ctx.index.group(m);
        if (g) mediators.push(g);
      } else {
        // nearest actors in the same clause: "by X and Y", "X mediators", "mediators from X", "X, which is acting as a mediator"
        const window = mentions
          .filter((m) => m.kind !== 'PLACE' && Math.abs(m.t0 - cue.i) <= 12)
          .filter((m) => {
            const lo = Math.min(m.t1, cue.i);
            const hi = Math.max(m.t0, cue.i + 1);
            return !tokens.slice(lo, hi).some((t) => /^[.;“”"]$/.test(t.text) || t.lower === 'between');
          })
          .sort((a, b) => Math.abs(a.t0 - cue.i) - Math.abs(b.t0 - cue.i));
        for (const m of window) {
          const g = ctx.index.group(m);
          if (!g || g.kind === 'MEDIA' || pair.includes(g) || mediators.includes(g)) continue;
          // a party in "talks with X" is not a mediator
          if (mediators.length > 0 && Math.abs(m.t0 - cue.i) > 6) continue;
          mediators.push(g);
          // lists: take all actors of a coordinated list next to the first
          if (mediators.length >= 4) break;
        }
        // keep only the closest list: drop mediators separated from the first by a verb-ish gap
      }
      if (mediators.length === 0) continue;
      const sentenceText = an.sentence.text.toLowerCase();
      const subject = lex.subjects.find((s) => sentenceText.includes(s)) ?? null;
      drafts.push({ mediators, parties: pair, subject, evidence: [{ sentenceIndex: an.sentence.index, start: cue.start, end: cue.end }] });
    }
  }
  if (drafts.length === 0) return [];
  const allMediators = new Set(drafts.flatMap((d) => d.mediators));
  const fallback = articleParties(ctx, allMediators);
  for (const d of drafts) {
    d.parties = d.parties.filter((p) => !d.mediators.includes(p));
    if (d.parties.length === 0) d.parties = fallback.filter((p) => !d.mediators.includes(p));
  }
  // one per mediator set and party set: merge drafts that share a mediator and a party
  const merged: Draft[] = [];
  for (const d of drafts) {
    const same = merged.find((m) => m.mediators.some((x) => d.mediators.includes(x)) && (m.parties.length === 0 || d.parties.length === 0 || m.parties.some((x) => d.parties.includes(x))));
    if (same) {
      for (const x of d.mediators) if (!same.mediators.includes(x)) same.mediators.push(x);
      for (const x of d.parties) if (!same.parties.includes(x) && !same.mediators.includes(x)) same.parties.push(x);
      same.subject ??= d.subject;
      same.evidence.push(...d.evidence);
    } else merged.push({ ...d, mediators: [...d.mediators], parties: [...d.parties], evidence: [...d.evidence] });
  }
  return merged.map((d) => ({
    mediators: d.mediators.map((g) => g.name),
    parties: d.parties.map((g) => g.name),
    subject: d.subject,
    evidence: d.evidence,
    confidence: Math.min(0.9, 0.55 + 0.1 * d.evidence.length),
  }));
}
