import type { Command } from 'commander';

// Placeholder wiring; the importing module replaces this file.
export function registerImportCommand(program: Command): void {
  void program;
}
