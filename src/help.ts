import type { Help, HelpConfiguration } from 'commander';
import { optionalText, type Messages } from './core/messages.js';
import { visibleLength, wrap } from './core/wrap.js';

/** `<value>`, `[options]`, `[command...]`: the placeholders commander writes into usage lines and option terms. */
const PLACEHOLDER = /([<[])([A-Za-z][A-Za-z-]*)((?:\.\.\.)?[>\]])/g;

/**
 * Commander's help in the user's language: its titles, and every placeholder in usage lines, option
 * and command terms (`[options]`, `<language>`, `help [command]`), looked up by name in
 * `cli.placeholders`. Command names and option values stay as they are. A placeholder without a
 * translation is left in English, and the help test for every command finds it.
 */
export function helpConfiguration(cli: Messages['cli'], width = 80): HelpConfiguration {
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
  const usageTitle = titles['Usage:'] ?? 'Usage:';
  return {
    showGlobalOptions: true,
    helpWidth: width,
    // Commander leaves a description unwrapped when less than 40 columns remain beside the terms;
    // the terminal would then cut words. Narrow, each description goes under its term instead.
    minWidthToWrap: 20,
    formatItem(term: string, termWidth: number, description: string, helper: Help) {
      if (description === '' || width - termWidth - 4 >= 30) return defaultFormatItem(this as Help, term, termWidth, description, helper);
      return [`  ${term}`, ...wrap(description, width, '      ')].join('\n');
    },
    // The usage line is one long line; wrapped here between words, after the title in front of it.
    styleUsage: (usage) =>
      wrap(`${usageTitle} ${localise(usage)}`, width, '', '  ')
        .join('\n')
        .slice(visibleLength(usageTitle) + 1),
    styleTitle: (title) => titles[title] ?? title,
    styleOptionText: localise,
    styleArgumentText: localise,
    styleSubcommandText: localise,
    styleCommandText: localise,
  };
}

/** Commander's own layout of a term and its description, side by side. */
function defaultFormatItem(help: Help, term: string, termWidth: number, description: string, helper: Help): string {
  return Object.getPrototypeOf(help).formatItem.call(help, term, termWidth, description, helper);
}
