import type { Evidence, ExtractedMediation } from '../../domain/article.js';
import type { ActorGroup } from '../actors/resolve.js';
import type { SentenceAnalysis } from '../actors/mentions.js';
import type { Token } from '../tokens.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { articleParties, betweenPair } from '../parties.js';

interface Draft {
  mediators: ActorGroup[];
  parties: ActorGroup[];
  subject: string | null;
  evidence: Evidence[];
}

const CUE_RE =
  /^(mediat\w*|broker\w*|intermediar\w*|go-between|facilitat\w*|guarantor\w*|auspices|sponsor\w*|accompanier\w*)$/i;
const SUFFIX_CUE = /-(brokered|mediated|sponsored|facilitated)$/i;

/** "agreed to facilitate aid deliveries", "sponsored a resolution": the verb used for something other than talks. */
function plainVerbUse(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^(facilitate|facilitates|facilitating|facilitated|sponsor|sponsors|sponsoring|sponsored)$/i.test(t.text))
    return false;
  if (tokens[i + 1]?.lower === 'by') return false;
  const object = tokens.slice(i + 1, i + 5).map((x) => x.lower);
  return !object.some((w) =>
    /^(talks|negotiations?|dialogue|process|deal|agreement|exchange|swap|truce|ceasefire|meeting|meetings|contacts|accord|peace)$/.test(
      w,
    ),
  );
}

/** Actors of a coordinated list starting at token k ("Washington and Hezbollah"). */
function listAfter(ctx: ArticleContext, an: SentenceAnalysis, k: number): ActorGroup[] {
  const out: ActorGroup[] = [];
  let pos = k;
  for (const m of an.mentions.filter((x) => x.t0 >= k).sort((a, b) => a.t0 - b.t0)) {
    const gap = an.tokens.slice(pos, m.t0).map((t) => t.lower);
    if (gap.some((w) => !/^(the|and|,|both|its|their)$/.test(w))) break;
    const g = ctx.index.group(m);
    if (g && g.kind !== 'MEDIA' && !out.includes(g)) out.push(g);
    pos = m.t1;
  }
  return out;
}

/** The coordinated subject "A and B" before the cue ("Delegations of the Sudanese army and the RSF held talks"). */
function subjectPair(ctx: ArticleContext, an: SentenceAnalysis, cue: number): ActorGroup[] {
  const pair = coordinatedPair(ctx, an, cue);
  if (pair.length === 0) return [];
  // the pair must be the subject of a meeting or agreement verb ("… and B held talks", "… and B signed")
  return pair;
}

const SIDE_VERBS =
  /^(held|hold|holds|met|meet|meets|signed|sign|agreed|agree|resumed|resume|began|begin|opened|concluded|negotiated|reached|exchanged|swapped|ended|started|launched|sat|reopened|restored|pledged)$/;

/** "A and B" followed shortly by a meeting/agreement verb, before token `limit`. */
export function coordinatedPair(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  limit: number,
  needVerb = true,
): ActorGroup[] {
  const { tokens, mentions } = an;
  for (let k = 0; k < limit; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const left = mentions
      .filter((m) => m.t1 <= k && k - m.t1 <= 3 && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => b.t1 - a.t1)[0];
    const right = mentions
      .filter((m) => m.t0 > k && m.t0 - k <= 3 && m.t0 < limit && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => a.t0 - b.t0)[0];
    if (!left || !right) continue;
    // only the subject: nothing but determiners/possessives/plain words between the mentions and "and"
    const gapL = tokens.slice(left.t1, k);
    const gapR = tokens.slice(k + 1, right.t0);
    if ([...gapL, ...gapR].some((t) => !t.word && !/^['’]s$/.test(t.text))) continue;
    const a = ctx.index.group(left);
    const b = ctx.index.group(right);
    if (needVerb && !tokens.slice(right.t1, right.t1 + 5).some((t) => SIDE_VERBS.test(t.lower))) continue;
    if (a && b && a !== b && a.kind !== 'MEDIA' && b.kind !== 'MEDIA') return [a, b];
  }
  return [];
}

/** The same actor, or a ministry and its country ("Qatar" and "Qatari Foreign Ministry"). */
function related(a: ActorGroup, b: ActorGroup): boolean {
  if (a === b) return true;
  const country = (g: ActorGroup): string | null =>
    g.key.startsWith('ministry:') ? `lex:${g.key.split(':')[1]}` : g.kind === 'COUNTRY' ? g.key : null;
  const ca = country(a);
  const cb = country(b);
  return !!ca && ca === cb;
}

/** Finds who mediates between whom: "X, acting as a mediator", "X-brokered", "mediated by X", "guarantor countries". */
export function detectMediations(ctx: ArticleContext): ExtractedMediation[] {
  const lex = lexicon();
  const drafts: Draft[] = [];
  for (const an of ctx.analyses) {
    const { tokens, mentions } = an;
    const cues = tokens.filter((t) => (CUE_RE.test(t.text) || SUFFIX_CUE.test(t.text)) && !plainVerbUse(tokens, t.i));
    if (cues.length === 0) continue;
    const betweenAt = tokens.findIndex((t) => t.lower === 'between');
    for (const cue of cues) {
      // "talks between A and B mediated by X" / "a mediator between A and B": the pair of the cue; a "between"
      // far after the cue describes something else ("…, aiming to end fighting between A and B")
      let pair = betweenAt >= 0 && betweenAt <= cue.i + 6 ? betweenPair(ctx, an) : [];
      // "a go-between for A and B", "intermediary for A and B": the actors after the cue are the parties
      const objectPair =
        /^(for|between|among)$/.test(tokens[cue.i + 1]?.lower ?? '') && !SUFFIX_CUE.test(cue.text)
          ? listAfter(ctx, an, cue.i + 2)
          : [];
      if (objectPair.length >= 2) pair = objectPair;
      // "Delegations of A and B held talks …, brokered by X": the coordinated subject before the cue
      if (pair.length === 0) pair = subjectPair(ctx, an, cue.i);
      const mediators: ActorGroup[] = [];
      // "Qatar-brokered", "UN-brokered"
      if (SUFFIX_CUE.test(cue.text)) {
        const m = mentions.find((x) => x.t0 === cue.i);
        const g = m && ctx.index.group(m);
        if (g) mediators.push(g);
      } else {
        // nearest actors in the same clause: "by X and Y", "X mediators", "mediators from X", "X, which is acting as a mediator"
        const window = mentions
          .filter(
            (m) => m.kind !== 'PLACE' && Math.abs(m.t0 - cue.i) <= 12 && !(objectPair.length >= 2 && m.t0 > cue.i),
          )
          .filter((m) => {
            const lo = Math.min(m.t1, cue.i);
            const hi = Math.max(m.t0, cue.i + 1);
            return !tokens.slice(lo, hi).some((t) => /^[.;“”"]$/.test(t.text) || t.lower === 'between');
          })
          .sort((a, b) => Math.abs(a.t0 - cue.i) - Math.abs(b.t0 - cue.i));
        let first: (typeof window)[number] | undefined;
        for (const m of window) {
          const g = ctx.index.group(m);
          if (!g || g.kind === 'MEDIA' || pair.includes(g) || mediators.includes(g)) continue;
          // a party in "talks with X" is not a mediator
          if (mediators.length > 0 && Math.abs(m.t0 - cue.i) > 6) continue;
          mediators.push(g);
          first ??= m;
          // lists: take all actors of a coordinated list next to the first
          if (mediators.length >= 4) break;
        }
        // "Qatar, Egypt, and the United States are mediating": the whole list the nearest mediator belongs to
        if (first) {
          const sorted = mentions.filter((m) => m.kind !== 'PLACE').sort((a, b) => a.t0 - b.t0);
          const listGap = (a: number, b: number): boolean =>
            b > a && tokens.slice(a, b).every((t) => /^(,|and|the|as|well)$/.test(t.lower));
          let at = sorted.indexOf(first);
          for (let k = at - 1; k >= 0 && listGap(sorted[k]!.t1, sorted[at]!.t0); k--, at--) {
            const g = ctx.index.group(sorted[k]!);
            if (g && g.kind !== 'MEDIA' && !pair.includes(g) && !mediators.includes(g)) mediators.push(g);
          }
          at = sorted.indexOf(first);
          for (let k = at + 1; k < sorted.length && listGap(sorted[at]!.t1, sorted[k]!.t0); k++, at++) {
            const g = ctx.index.group(sorted[k]!);
            if (g && g.kind !== 'MEDIA' && !pair.includes(g) && !mediators.includes(g)) mediators.push(g);
          }
        }
        // keep only the closest list: drop mediators separated from the first by a verb-ish gap
      }
      if (mediators.length === 0) continue;
      const sentenceText = an.sentence.text.toLowerCase();
      const subject = lex.subjects.find((s) => sentenceText.includes(s)) ?? null;
      drafts.push({
        mediators,
        parties: pair,
        subject,
        evidence: [{ sentenceIndex: an.sentence.index, start: cue.start, end: cue.end }],
      });
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
    const same = merged.find(
      (m) =>
        m.mediators.some((x) => d.mediators.some((y) => related(x, y))) &&
        (m.parties.length === 0 || d.parties.length === 0 || m.parties.some((x) => d.parties.includes(x))),
    );
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
