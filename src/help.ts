import type { HelpConfiguration } from 'commander';
import { optionalText, type Messages } from './core/messages.js';

/** `<value>`, `[options]`, `[command...]`: the placeholders commander writes into usage lines and option terms. */
const PLACEHOLDER = /([<[])([A-Za-z][A-Za-z-]*)((?:\.\.\.)?[>\]])/g;

/**
 * Commander's help in the user's language: its titles, and every placeholder in usage lines, option
 * and command terms (`[options]`, `<language>`, `help [command]`), looked up by name in
 * `cli.placeholders`. Command names and option values stay as they are. A placeholder without a
 * translation is left in English, and the help test for every command finds it.
 */
export function helpConfiguration(cli: Messages['cli']): HelpConfiguration {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': cli.helpTitles.usage,
    'Arguments:': cli.helpTitles.arguments,
    'Options:': cli.helpTitles.options,
    'Commands:': cli.helpTitles.commands,
    'Global Options:': cli.helpTitles.globalOptions,
  };
  const localise = (text: string) =>
    text.replace(PLACEHOLDER, (whole, open: string, name: string, close: string) => {
      const word = optionalText(cli.placeholders, name);
      return word === undefined ? whole : `${open}${word}${close}`;
    });
  return {
    showGlobalOptions: true,
    styleTitle: (title) => titles[title] ?? title,
    styleOptionText: localise,
    styleArgumentText: localise,
    styleSubcommandText: localise,
    styleCommandText: localise,
  };
}
