import * as z from 'zod';
import { DEFAULT_POLICY, DisclosurePolicy, POLICY_PRESETS, formatProblem, type Problem } from '@cate/core';
import { InputError, UsageError, plural, readJsonFile, type Io } from './io.js';
import { didYouMean } from './nearest.js';

export type PresetName = keyof typeof POLICY_PRESETS;

export interface ChosenPolicy {
  policy: DisclosurePolicy;
  /** The preset's name, when the policy is one (the default policy is the "hotline" preset). */
  preset?: PresetName;
  /** How to name it to the user: the preset or the policy file. */
  name: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Fields of `input` that the parsed policy does not have: a typo such as "treshold" would otherwise be dropped
 * and the default (weaker) value used in its place, which is the wrong way to fail for a privacy setting.
 */
function unknownFields(input: Record<string, unknown>, parsed: Record<string, unknown>, path = ''): Problem[] {
  return Object.keys(input).flatMap((key): Problem[] => {
    const inner = input[key];
    const known = parsed[key];
    if (key in parsed) return isObject(inner) && isObject(known) ? unknownFields(inner, known, `${path}${key}.`) : [];
    const fields = Object.keys(parsed);
    return [
      {
        severity: 'error',
        code: 'unknown-field',
        message: `"${clip(key)}" is not a policy field${didYouMean(key, fields)}; expected ${fields.join(', ')}`,
        where: { path: `${path}${clip(key)}` },
      },
    ];
  });
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The fields of the policy object at a path (`[]`, `['contributors']`...), from the defaults. */
function policyFields(path: readonly PropertyKey[]): string[] {
  let value: unknown = DEFAULT_POLICY;
  for (const key of path) value = isObject(value) ? value[String(key)] : undefined;
  return isObject(value) ? Object.keys(value) : [];
}

/** Checks a policy file's JSON: a partial DisclosurePolicy, omitted fields taking core's defaults. */
export function checkPolicyJson(input: unknown, file: string): { policy?: DisclosurePolicy; problems: Problem[] } {
  const at = (path: string) => ({ file, path });
  const parsed = z.safeParse(DisclosurePolicy, input);
  if (!parsed.success)
    return {
      // core's schema is strict: an unknown field ("treshold") is refused, never dropped for a weaker default.
      problems: parsed.error.issues.flatMap((issue): Problem[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => {
              const fields = policyFields(issue.path);
              const prefix = issue.path.map(String).join('.');
              return {
                severity: 'error',
                code: 'unknown-field',
                message: `"${clip(key)}" is not a policy field${didYouMean(key, fields)}; expected ${fields.join(', ')}`,
                where: at(prefix ? `${prefix}.${clip(key)}` : clip(key)),
              };
            })
          : [
              {
                severity: 'error',
                code: 'invalid-policy',
                message: issue.message,
                where: at(issue.path.map(String).join('.')),
              },
            ],
      ),
    };
  const extra = isObject(input) ? unknownFields(input, parsed.data as unknown as Record<string, unknown>) : [];
  if (extra.length > 0) return { problems: extra.map((p) => ({ ...p, where: at(p.where.path ?? '') })) };
  return { policy: parsed.data, problems: [] };
}

/** `--policy hotline|state-5|state-10|ctdc|FILE.json`, or the default policy. */
export async function choosePolicy(io: Io, value: string | undefined): Promise<ChosenPolicy> {
  if (value === undefined) return { policy: DEFAULT_POLICY, preset: 'hotline', name: 'hotline (the default)' };
  const presets = Object.keys(POLICY_PRESETS) as PresetName[];
  if ((presets as string[]).includes(value))
    return { policy: POLICY_PRESETS[value as PresetName], preset: value as PresetName, name: value };
  if (!/\.json$/i.test(value))
    throw new UsageError(
      `--policy "${value}" is not a preset or a .json file; expected one of ${presets.join(', ')}, or FILE.json${didYouMean(value, presets)}`,
    );
  const { policy, problems } = checkPolicyJson(await readJsonFile(io, value, 'the policy'), value);
  if (!policy)
    throw new InputError(
      `the policy ${value} is not valid (${plural(problems.length, 'problem')}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  return { policy, name: value };
}
