import { handleMcpRequest } from '@/lib/agents/mcp-server';
import { AppError, errorResponse } from '@/lib/http/errors';

// The agent front door over MCP (Streamable HTTP, stateless; docs/agents.md). Agents authenticate
// with OAuth bearer tokens, not cookies, so there is no same-origin check here: every rule is
// lib/agents/authorize.ts's. GET (a server-sent event stream) and DELETE (session end) are not
// offered by a stateless server.
export const POST = (request: Request) => handleMcpRequest(request);

const notAllowed = () => errorResponse(new AppError('method_not_allowed', { allow: ['POST'] }), crypto.randomUUID());
export const GET = notAllowed;
export const DELETE = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
