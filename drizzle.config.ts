import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/ledger/db/schema.ts',
  out: './resources/migrations',
});
