// What the YAML parser found, in the site's language: its own messages are English and
// technical ("Unexpected scalar at node end"), so `yaml.syntax` names the problem by the
// parser's error code instead. A code not listed here keeps the parser's words.
import type { Locale } from '../model.ts';

const DETAIL: Record<Locale, Record<string, string>> = {
  fr: {
    UNEXPECTED_TOKEN: 'quelque chose suit une valeur là où rien n’est attendu (souvent un guillemet fermé trop tôt, ou un texte après une valeur entre guillemets)',
    BAD_DQ_ESCAPE: 'une barre oblique inverse (\\) entre guillemets doubles n’est pas suivie d’un caractère permis',
    BAD_ALIAS: 'un nom après «\u202f*\u202f» ne renvoie à aucune ancre «\u202f&\u202f» définie plus haut',
    ALIAS_PROPS: 'un renvoi «\u202f*\u202f» ne peut pas porter d’ancre ni d’étiquette',
    BAD_DIRECTIVE: 'une ligne qui commence par «\u202f%\u202f» n’est pas une directive connue',
    BAD_PROP_ORDER: 'une ancre «\u202f&\u202f» ou une étiquette «\u202f!\u202f» est mal placée',
    BLOCK_IN_FLOW: 'une liste ou un tableau sur plusieurs lignes est écrit à l’intérieur de crochets ou d’accolades',
    MULTIPLE_ANCHORS: 'une valeur porte deux ancres «\u202f&\u202f»',
    MULTIPLE_TAGS: 'une valeur porte deux étiquettes «\u202f!\u202f»',
    MULTIPLE_DOCS: 'le fichier contient plusieurs documents (une ligne «\u202f---\u202f» au milieu)',
    NON_STRING_KEY: 'une clé n’est pas un simple mot',
    TAG_RESOLVE_FAILED: 'une étiquette «\u202f!\u202f» n’est pas connue',
    BAD_COLLECTION_TYPE: 'une étiquette «\u202f!\u202f» ne convient pas à cette liste',
    DUPLICATE_KEY: 'une clé apparaît deux fois',
    IMPOSSIBLE: 'le fichier ne peut pas être lu à cet endroit',
  },
  en: {
    UNEXPECTED_TOKEN: 'something follows a value where nothing is expected (often a quote closed too early, or text after a quoted value)',
    BAD_DQ_ESCAPE: 'a backslash (\\) inside double quotes is not followed by an allowed character',
    BAD_ALIAS: 'a name after “*” refers to no “&” anchor defined above',
    ALIAS_PROPS: 'a “*” reference cannot carry an anchor or a tag',
    BAD_DIRECTIVE: 'a line starting with “%” is not a known directive',
    BAD_PROP_ORDER: 'an “&” anchor or a “!” tag is misplaced',
    BLOCK_IN_FLOW: 'a list or a mapping over several lines is written inside brackets or braces',
    MULTIPLE_ANCHORS: 'a value carries two “&” anchors',
    MULTIPLE_TAGS: 'a value carries two “!” tags',
    MULTIPLE_DOCS: 'the file holds several documents (a “---” line in the middle)',
    NON_STRING_KEY: 'a key is not a plain word',
    TAG_RESOLVE_FAILED: 'a “!” tag is not known',
    BAD_COLLECTION_TYPE: 'a “!” tag does not suit this list',
    DUPLICATE_KEY: 'a key appears twice',
    IMPOSSIBLE: 'the file cannot be read at this point',
  },
};

/** The parser's problem in `locale`, from its error code; its own words when the code is not known. */
export function yamlDetail(locale: Locale, code: string | number | undefined, parserWords: string | number | undefined): string {
  return (code !== undefined && DETAIL[locale][String(code)]) || String(parserWords ?? '');
}
