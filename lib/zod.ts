import { z } from 'zod';

/**
 * zod for the whole extension, set up once. By default zod 4 compiles a fast
 * path for object schemas with `new Function`, after probing whether `eval`
 * is allowed. Extension pages run under a CSP without `unsafe-eval`, where the
 * probe only fills the console with violation reports, and stores flag any
 * eval. `jitless` keeps zod on its interpreted path; our messages are small,
 * so the speed is the same to a rep. Import `z` from here, never from 'zod'
 * (ESLint enforces it), so no schema is built before this line runs.
 */
z.config({ jitless: true });

export { z };
