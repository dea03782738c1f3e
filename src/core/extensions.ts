// Validators of the parts of a profile that rule families own (`extensions.vague`, `.hierarchy`,
// `.templates`). They are zod schemas, and zod stays off the runtime path: the shipped profiles are
// checked by the unit tests, and a profile from outside only ever arrives through parseProfile
// (profiles/parse.ts), which registers these validators when it loads. Until then a family reads its
// extension as it is (only shipped, tested data exists at that point).

/** The shape of zod's safeParse result that the families read. */
export type Validated<T> = { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };

export interface ExtensionValidators {
  vague?: (raw: unknown) => Validated<unknown>;
  hierarchy?: (raw: unknown) => Validated<unknown>;
  templates?: (raw: unknown) => Validated<unknown>;
  ambition?: (raw: unknown) => Validated<unknown>;
}

export const extensionValidators: ExtensionValidators = {};

export function registerExtensionValidators(validators: ExtensionValidators): void {
  Object.assign(extensionValidators, validators);
}
