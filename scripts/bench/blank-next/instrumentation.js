// Its own (empty) instrumentation hook: without one, Next would compile the storefront's
// instrumentation.ts from the repository root into this build, boot checks included.
export function register() {}
