import { z } from 'zod'

/**
 * The schemas of everything in content/. Each schema is at once the type the code uses and the
 * documentation a content author reads: every field carries a one-line comment and its default.
 */

/** How much a signal weighs: `strong` settles a cause by itself, `weak` only leans towards it. */
export const StrengthSchema = z.enum(['strong', 'weak'])
export type Strength = z.infer<typeof StrengthSchema>

/** Who has to act to get the mail through. */
export const OwnerSchema = z.enum([
  /** The person who sent the message. */
  'sender',
  /** The sender's own IT department or mail administrator. */
  'sender-it',
  /** The person the message was addressed to. */
  'recipient',
  /** The company that hosts the recipient's mail (their ISP, their IT, their mail provider). */
  'recipient-provider',
  /** The sender's internet or mail provider. */
  'isp',
])
export type Owner = z.infer<typeof OwnerSchema>

/** A phrase in the diagnostic text that points to a cause. */
export const PhraseSignalSchema = z
  .object({
    /**
     * The words to look for, case-insensitive; any run of spaces matches any run of white space.
     * Plain text, not a regular expression (use `regex` for that).
     */
    text: z.string().min(3).optional(),
    /** A regular expression (JavaScript syntax, case-insensitive) for what plain text cannot say. */
    regex: z.string().min(3).optional(),
    /** `strong` settles the cause on its own; `weak` only adds to other evidence. Default: strong. */
    strength: StrengthSchema.default('strong'),
  })
  .strict()
  .refine((p) => (p.text === undefined) !== (p.regex === undefined), {
    message: 'give exactly one of `text` or `regex`',
  })
export type PhraseSignal = z.infer<typeof PhraseSignalSchema>

/** An enhanced status code (RFC 3463) or an SMTP reply code that points to a cause. */
export const CodeSignalSchema = z
  .object({
    /** The code: `5.1.1` style for a status, `550` style for a reply code. */
    code: z.string().regex(/^(?:[245]\.\d{1,3}\.\d{1,3}|[245]\d\d)$/, 'a status like 5.1.1 or a reply code like 550'),
    /** `strong` settles the cause on its own; `weak` only adds to other evidence. Default: weak. */
    strength: StrengthSchema.default('weak'),
  })
  .strict()
export type CodeSignal = z.infer<typeof CodeSignalSchema>

/** The evidence that points to a cause. */
export const SignalsSchema = z
  .object({
    /** Enhanced status codes (RFC 3463), e.g. 5.1.1. Default: none. */
    statuses: z.array(CodeSignalSchema).default([]),
    /** Phrases in the diagnostic text, e.g. "no such user". Default: none. */
    phrases: z.array(PhraseSignalSchema).default([]),
  })
  .strict()
export type Signals = z.infer<typeof SignalsSchema>

/** A bounce that must diagnose to the cause it is written under; every one is a test. */
export const ExampleSchema = z
  .object({
    /** The bounce text as a person would paste it: one line or several. */
    text: z.string().min(3),
    /** Where this form comes from (which mail system), for the reader. Optional. */
    source: z.string().optional(),
  })
  .strict()
export type Example = z.infer<typeof ExampleSchema>

/** Ready-to-send messages the app offers to copy. `{recipient}` and `{sender}` are filled in. */
export const MessagesSchema = z
  .object({
    /** Who the message is for, e.g. "the recipient's mail administrator". */
    to: z.string().min(3),
    /** The message itself, plain text. */
    body: z.string().min(20),
  })
  .strict()

/**
 * One next step. Plain text, or `{ text, when }`: `when` lists words (whole words, any case) that,
 * found in the server's reply or the deciding evidence, move the step to the top for that bounce.
 */
export const NextStepSchema = z.union([
  z
    .string()
    .min(10)
    .transform((text) => ({ text, when: [] as string[] })),
  z
    .object({
      /** What to do, in plain words. */
      text: z.string().min(10),
      /** Words that show the step fits the bounce at hand, e.g. DMARC. At least one. */
      when: z.array(z.string().min(2)).min(1),
    })
    .strict(),
])
export type NextStep = z.infer<typeof NextStepSchema>

/** The frontmatter of one cause file, content/causes/NN-slug.md. */
export const CauseFrontmatterSchema = z
  .object({
    /** 1–13, the order of the source document; stable forever, and the file name starts with it. */
    number: z.number().int().min(1).max(13),
    /** A short title in plain words, e.g. "The recipient's address does not exist". */
    title: z.string().min(5).max(90),
    /** One or two sentences a non-expert understands: what happened. */
    summary: z.string().min(20).max(400),
    /** Who has to act. */
    owner: OwnerSchema,
    /** The recommended next steps, in order; each concrete enough to do today. */
    nextSteps: z.array(NextStepSchema).min(1),
    /** A message the user can copy and send to whoever must act. Optional. */
    message: MessagesSchema.optional(),
    /** The evidence that points to this cause. */
    signals: SignalsSchema,
    /** Bounces that must diagnose to this cause. At least one. */
    examples: z.array(ExampleSchema).min(1),
  })
  .strict()
export type CauseFrontmatter = z.infer<typeof CauseFrontmatterSchema>

/** One cause: its frontmatter plus what the file name and body give. */
export type Cause = CauseFrontmatter & {
  /** The file name without number and extension, e.g. `recipient-unknown`; used in URLs. */
  slug: string
  /** The longer explanation, the Markdown body of the file. */
  body: string
  /** The same explanation rendered to HTML (content is trusted: it is written by the helpdesk). */
  html: string
}

/** The verdicts that are not one of the 13 causes. */
export const OtherOutcomeSchema = z.enum(['temporary', 'not-a-bounce', 'outside'])
export type OtherOutcome = z.infer<typeof OtherOutcomeSchema>

/** How each outcome that is not one of the 13 causes is explained: content/outcomes.yaml. */
export const OutcomeTextSchema = z
  .object({
    /** A short title, e.g. "A temporary problem: the mail is still being retried". */
    title: z.string().min(5),
    /** One or two sentences: what this means. */
    summary: z.string().min(20),
    /** What to do now, in order. */
    nextSteps: z.array(z.string().min(10)).min(1),
    /** Evidence that points to this outcome rather than to one of the 13 causes. Default: none. */
    signals: SignalsSchema.default({ statuses: [], phrases: [] }),
  })
  .strict()
export const OutcomesSchema = z
  .object({
    temporary: OutcomeTextSchema,
    'not-a-bounce': OutcomeTextSchema,
    outside: OutcomeTextSchema,
  })
  .strict()
export type Outcomes = z.infer<typeof OutcomesSchema>

/** An answer to a question: it leads to another question, to a cause, or to another outcome. */
export const AnswerSchema = z
  .object({
    /** What the person clicks, in their words, e.g. "Yes, the message says 'user unknown'". */
    label: z.string().min(1),
    /** The id of the next question. */
    next: z.string().optional(),
    /** The cause (1–13) this answer settles. */
    cause: z.number().int().min(1).max(13).optional(),
    /** Or an outcome that is not one of the 13. */
    outcome: OtherOutcomeSchema.optional(),
  })
  .strict()
  .refine((a) => [a.next, a.cause, a.outcome].filter((x) => x !== undefined).length === 1, {
    message: 'an answer needs exactly one of `next`, `cause` or `outcome`',
  })
export type Answer = z.infer<typeof AnswerSchema>

/** One question of the guided flow. */
export const QuestionSchema = z
  .object({
    /** The question, one thing a non-expert can answer from the bounce or their situation. */
    ask: z.string().min(5),
    /** A hint: where to look in the bounce, what a word means. Optional. */
    help: z.string().optional(),
    /** Two or more answers. */
    answers: z.array(AnswerSchema).min(2),
  })
  .strict()
export type Question = z.infer<typeof QuestionSchema>

/** The guided questions, content/trees/guide.yaml. Routing only: no rules, no copy of causes. */
export const TreeSchema = z
  .object({
    /** The id of the first question. */
    start: z.string().min(1),
    /** The questions by id (kebab-case ids; they appear in URLs). */
    nodes: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'), QuestionSchema),
  })
  .strict()
export type Tree = z.infer<typeof TreeSchema>

/** Everything in content/, validated. */
export interface Content {
  /** The 13 causes, in number order. */
  causes: Cause[]
  /** The guided questions. */
  tree: Tree
  /** The outcomes that are not one of the 13 causes. */
  outcomes: Outcomes
}
