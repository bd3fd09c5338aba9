// Typed message keys: a missing or misspelt key is a type error.
import type { Messages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
