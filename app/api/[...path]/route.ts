import { unknownApiPath } from '@/lib/http/route';

// Any /api path no route declares: a JSON 404 in the API's error format, never Next's HTML page.
export const { GET, POST, PUT, PATCH, DELETE } = unknownApiPath();
