// Verbs of leaving and removing, one list for both readers of "from X" after them: the place finder makes X a place
// left ("withdrew its troops from Kherson"), and the actor finder makes no role phrase of "troops from Kherson".

/** Inflected forms of verbs: "shell" → shell, shells, shelled, shelling; "occupy" → occupies, occupied. */
export function verbForms(bases: string): string[] {
  return bases.split(" ").flatMap((b) => {
    const y = /[^aeiou]y$/.test(b) ? b.slice(0, -1) : undefined;
    const e = b.endsWith("e");
    return [
      b,
      y ? `${y}ies` : /(?:s|x|sh|ch)$/.test(b) ? `${b}es` : `${b}s`,
      y ? `${y}ied` : e ? `${b}d` : `${b}ed`,
      `${e ? b.slice(0, -1) : b}ing`,
    ];
  });
}

/** Every form of a verb whose "from X" names the place its subject, or what it moves, leaves. */
export const LEAVE_VERB_FORMS: readonly string[] = [
  ...verbForms("retreat evacuate oust evict push pull remove redeploy move"),
  ..."withdraw withdraws withdrew withdrawn withdrawing expel expels expelled expelling flee flees fled fleeing drive drives drove driven driving bring brings brought bringing".split(
    " ",
  ),
];
