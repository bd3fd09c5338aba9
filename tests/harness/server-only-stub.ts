// Vitest runs lib code outside Next's react-server build, where `server-only` would throw; this
// empty module stands in for it there. Next itself still enforces it in the real app.
export {};
