import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-5XWL5JNG.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal2(a, b2) {
      if (a === b2) return true;
      if (a && b2 && typeof a == "object" && typeof b2 == "object") {
        if (a.constructor !== b2.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b2.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal2(a[i], b2[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b2.source && a.flags === b2.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b2.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b2.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b2).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b2, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal2(a[key], b2[key])) return false;
        }
        return true;
      }
      return a !== a && b2 !== b2;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal2 = require_fast_deep_equal();
    equal2.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal2;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value2;
      while (pos < len) {
        length++;
        value2 = str2.charCodeAt(pos++);
        if (value2 >= 55296 && value2 <= 56319 && pos < len) {
          value2 = str2.charCodeAt(pos);
          if ((value2 & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c2, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c2 = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c2 = fmt[i];
          if (escaped) {
            escaped = false;
            if (c2 == ".") {
              leadingZero = false;
              c2 = fmt[++i];
            } else if (c2 == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c2 = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c2) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c2;
                break;
            }
          } else if (c2 === "%") {
            escaped = true;
          } else {
            result += c2;
          }
        }
        return result;
      }
    })();
  }
});

// src/render/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
function defuseMentions(text4) {
  return text4.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`);
}
function cellCode(text4) {
  return inlineCode(text4).replace(/\|/g, "\\|");
}
var WEB_ADDRESS = /(?<![a-z])(?:https?:\/\/|www\.)[^\s<>`|]*[^\s<>`|.,:;!?'"*_~)\]]/gi;
function escapeText(text4) {
  const escaped = text4.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1");
  return defuseMentions(escaped);
}
function escapeInline(text4) {
  const flat = text4.replace(/[\r\n]+/g, " ");
  let out = "";
  let last = 0;
  for (const match of flat.matchAll(WEB_ADDRESS)) {
    out += escapeText(flat.slice(last, match.index)) + inlineCode(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeText(flat.slice(last));
}
function inlineCode(text4) {
  const flat = text4.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence2 = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence2}${pad}${defuseMentions(flat)}${pad}${fence2}`;
}
function escapeMessage(message) {
  return message.split("`").map((part, i) => i % 2 === 1 ? inlineCode(part) : escapeInline(part)).join("");
}

// src/rules/paths.ts
var REQUESTS_DIR = "requests/";
var POLICY_PATHS = [/^policy\.ya?ml$/, /^schemas\//, /^src\//, /^dist\//, /^action\.ya?ml$/, /^package(-lock)?\.json$/, /^\.github\//, /^bin\//, /^scripts\//, /^\.ci\//];
function pathRole(path2) {
  if (path2.startsWith(REQUESTS_DIR)) return isMarkdownPath(path2) ? "documentation" : "request";
  if (POLICY_PATHS.some((pattern) => pattern.test(path2))) return "policy";
  if (isMarkdownPath(path2) || path2.startsWith("docs/")) return "documentation";
  return "policy";
}
function hasExtension(path2, extension2) {
  const start = path2.length - extension2.length;
  if (start < 1 || path2.charCodeAt(start - 1) !== 46) return false;
  for (let i = 0; i < extension2.length; i += 1) if ((path2.charCodeAt(start + i) | 32) !== extension2.charCodeAt(i)) return false;
  return true;
}
function isMarkdownPath(path2) {
  return hasExtension(path2, "md") || hasExtension(path2, "markdown");
}
function yamlExtensionLength(path2) {
  return hasExtension(path2, "yml") ? 4 : hasExtension(path2, "yaml") ? 5 : 0;
}
function isRequestFilePath(path2) {
  return path2.startsWith(REQUESTS_DIR) && yamlExtensionLength(path2) > 0;
}
function isPolicyFile(path2) {
  return path2 === "policy.yml" || path2 === "policy.yaml";
}
function isFolderKeeper(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  return name === ".gitkeep" || name === ".keep";
}
function requestIdOf(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  return name.slice(0, name.length - yamlExtensionLength(name));
}
function comparePaths(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}

// src/model/suggest.ts
var MAX_COMPARED = 128;
var ROWS = [new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1)];
function editDistance(a, b2, limit) {
  if (Math.abs(a.length - b2.length) > limit) return limit + 1;
  if (a.length > MAX_COMPARED || b2.length > MAX_COMPARED) return limit + 1;
  let [before, previous3, current] = ROWS;
  for (let j2 = 0; j2 <= b2.length; j2++) previous3[j2] = j2;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j2 = 1; j2 <= b2.length; j2++) {
      const cost = a.charCodeAt(i - 1) === b2.charCodeAt(j2 - 1) ? 0 : 1;
      let value2 = Math.min(previous3[j2] + 1, current[j2 - 1] + 1, previous3[j2 - 1] + cost);
      if (i > 1 && j2 > 1 && a.charCodeAt(i - 1) === b2.charCodeAt(j2 - 2) && a.charCodeAt(i - 2) === b2.charCodeAt(j2 - 1)) {
        value2 = Math.min(value2, before[j2 - 2] + 1);
      }
      current[j2] = value2;
      if (value2 < rowMin) rowMin = value2;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous3, current] = [previous3, current, before];
  }
  return Math.min(previous3[b2.length], limit + 1);
}
function closestMatch(word, candidates) {
  const lower = foldLookAlikes(word).toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
var LOOK_ALIKES = {
  \u0430: "a",
  \u0432: "b",
  \u0435: "e",
  \u043A: "k",
  \u043C: "m",
  \u043D: "h",
  \u043E: "o",
  \u0440: "p",
  \u0441: "c",
  \u0442: "t",
  \u0443: "y",
  \u0445: "x",
  \u0456: "i",
  \u0458: "j",
  \u0455: "s",
  "\u0501": "d",
  "\u051B": "q",
  "\u051D": "w",
  "\u04CF": "l",
  \u0410: "A",
  \u0412: "B",
  \u0415: "E",
  \u041A: "K",
  \u041C: "M",
  \u041D: "H",
  \u041E: "O",
  \u0420: "P",
  \u0421: "C",
  \u0422: "T",
  \u0423: "Y",
  \u0425: "X",
  \u0406: "I",
  \u0408: "J",
  \u0405: "S",
  \u03B1: "a",
  \u03B5: "e",
  \u03B9: "i",
  \u03BA: "k",
  \u03BD: "v",
  \u03BF: "o",
  \u03C1: "p",
  \u03C4: "t",
  \u03C5: "u",
  \u03C7: "x",
  \u0391: "A",
  \u0392: "B",
  \u0395: "E",
  \u0396: "Z",
  \u0397: "H",
  \u0399: "I",
  \u039A: "K",
  \u039C: "M",
  \u039D: "N",
  \u039F: "O",
  \u03A1: "P",
  \u03A4: "T",
  \u03A5: "Y",
  \u03A7: "X"
};
var LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");
function foldLookAlikes(text4) {
  return text4.normalize("NFKC").replace(LOOK_ALIKE, (c2) => LOOK_ALIKES[c2] ?? c2).replace(TYPOGRAPHIC_DASH, "-").replace(INVISIBLE, "");
}
var TYPOGRAPHIC_DASH = /[\u2010-\u2014\u2212]/gu;
var INVISIBLE_CLASS = "[\u200B-\u200D\u2060\uFEFF]";
var INVISIBLE = new RegExp(INVISIBLE_CLASS, "gu");
var SHOWS_NOTHING = new RegExp(`\\s|${INVISIBLE_CLASS}`, "u");
var TYPOGRAPHIC = {
  "\u2018": "a curly quote; YAML quotes are the straight `'`",
  "\u2019": "a curly quote; YAML quotes are the straight `'`",
  "\u201C": 'a curly quote; YAML quotes are the straight `"`',
  "\u201D": 'a curly quote; YAML quotes are the straight `"`',
  "\u201E": 'a curly quote; YAML quotes are the straight `"`',
  "\xAB": 'a guillemet; YAML quotes are the straight `"`',
  "\xBB": 'a guillemet; YAML quotes are the straight `"`',
  "\u2010": "a typographic hyphen, not `-`",
  "\u2011": "a non-breaking hyphen, not `-`",
  "\u2012": "a dash, not `-`",
  "\u2013": "an en dash, not `-`",
  "\u2014": "an em dash, not `-`",
  "\u2212": "a minus sign, not `-`",
  "\xA0": "a non-breaking space",
  "\u202F": "a narrow non-breaking space",
  "\u2007": "a figure space",
  "\u2009": "a thin space",
  "\u3000": "an ideographic space",
  "\u200B": "a zero-width space, invisible",
  "\u200C": "a zero-width non-joiner, invisible",
  "\u200D": "a zero-width joiner, invisible",
  "\u2060": "a word joiner, invisible",
  "\uFEFF": "a zero-width no-break space, invisible"
};
var TYPOGRAPHIC_CHARACTER = new RegExp(`[${Object.keys(TYPOGRAPHIC).join("")}]`, "gu");
var codePoint = (c2) => `U+${c2.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function describeLookAlikes(text4) {
  const letters = [...new Set(text4.match(LOOK_ALIKE) ?? [])];
  const marks = [...new Set(text4.match(TYPOGRAPHIC_CHARACTER) ?? [])];
  const sentences = [];
  if (letters.length > 0) {
    const script = (c2) => new RegExp("\\p{Script=Greek}", "u").test(c2) ? "Greek" : "Cyrillic";
    const each = letters.map((c2) => `\`${c2}\` (${codePoint(c2)}, ${script(c2)}) looks like the Latin \`${LOOK_ALIKES[c2]}\``);
    sentences.push(`It contains letters from another alphabet: ${each.join("; ")}. Retype ${letters.length === 1 ? "it" : "them"} on a Latin keyboard.`);
  }
  if (marks.length > 0) {
    const each = marks.map((c2) => `${SHOWS_NOTHING.test(c2) ? "" : `\`${c2}\` `}(${codePoint(c2)}, ${TYPOGRAPHIC[c2]})`);
    sentences.push(`It contains ${marks.length === 1 ? "a character" : "characters"} pasted from a document, not typed: ${each.join("; ")}. Retype ${marks.length === 1 ? "it" : "them"} on the keyboard.`);
  }
  return sentences.join(" ");
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x2) {
  return x2 && x2.__esModule && Object.prototype.hasOwnProperty.call(x2, "default") ? x2["default"] : x2;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index2 = 0, length = sourceKeys.length; index2 < length; index2 += 1) {
        const key = sourceKeys[index2];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string3, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string3;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact2) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact2 && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString2(compact2) {
    return this.name + ": " + formatError(this, compact2);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re2 = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re2.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index2 = 0, length = arguments.length; index2 < length; index2 += 1) {
      arguments[index2].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition2) {
    return this.extend(definition2);
  }
  Schema2.prototype.extend = function extend(definition2) {
    let implicit = [];
    let explicit = [];
    if (definition2 instanceof Type2) {
      explicit.push(definition2);
    } else if (Array.isArray(definition2)) {
      explicit = explicit.concat(definition2);
    } else if (definition2 && (Array.isArray(definition2.implicit) || Array.isArray(definition2.explicit))) {
      if (definition2.implicit) implicit = implicit.concat(definition2.implicit);
      if (definition2.explicit) explicit = explicit.concat(definition2.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c2) {
    return c2 >= 48 && c2 <= 57 || c2 >= 65 && c2 <= 70 || c2 >= 97 && c2 <= 102;
  }
  function isOctCode(c2) {
    return c2 >= 48 && c2 <= 55;
  }
  function isDecCode(c2) {
    return c2 >= 48 && c2 <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index2 = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index2];
    if (ch === "-" || ch === "+") {
      ch = data[++index2];
    }
    if (ch === "0") {
      if (index2 + 1 === max) return true;
      ch = data[++index2];
      if (ch === "b") {
        index2++;
        for (; index2 < max; index2++) {
          ch = data[index2];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isHexCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isOctCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index2 < max; index2++) {
      if (!isDecCode(data.charCodeAt(index2))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value2 = data;
    let sign = 1;
    let ch = value2[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value2 = value2.slice(1);
      ch = value2[0];
    }
    if (value2 === "0") return 0;
    if (ch === "0") {
      if (value2[1] === "b") return sign * parseInt(value2.slice(2), 2);
      if (value2[1] === "x") return sign * parseInt(value2.slice(2), 16);
      if (value2[1] === "o") return sign * parseInt(value2.slice(2), 8);
    }
    return sign * parseInt(value2, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value2 = data.toLowerCase();
    const sign = value2[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value2[0]) >= 0) {
      value2 = value2.slice(1);
    }
    if (value2 === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value2 === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value2, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code2 = map2.indexOf(data.charAt(idx));
      if (code2 > 64) continue;
      if (code2 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index2] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair = object[index2];
      const keys = Object.keys(pair);
      result[index2] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol2(c2) {
    return c2 === 10 || c2 === 13;
  }
  function isWhiteSpace(c2) {
    return c2 === 9 || c2 === 32;
  }
  function isWsOrEol(c2) {
    return c2 === 9 || c2 === 32 || c2 === 10 || c2 === 13;
  }
  function isFlowIndicator2(c2) {
    return c2 === 44 || c2 === 91 || c2 === 93 || c2 === 123 || c2 === 125;
  }
  function fromHexCode(c2) {
    if (c2 >= 48 && c2 <= 57) {
      return c2 - 48;
    }
    const lc = c2 | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c2) {
    if (c2 === 120) {
      return 2;
    }
    if (c2 === 117) {
      return 4;
    }
    if (c2 === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c2) {
    if (c2 >= 48 && c2 <= 57) {
      return c2 - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c2) {
    switch (c2) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c2) {
    if (c2 <= 65535) {
      return String.fromCharCode(c2);
    }
    return String.fromCharCode(
      (c2 - 65536 >> 10) + 55296,
      (c2 - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value2) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: value2
      });
    } else {
      object[key] = value2;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value2) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value2;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index2 = 0, length = names.length; index2 < length; index2 += 1) {
      const name = names[index2];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index2 = names.length - 1; index2 >= 0; index2 -= 1) {
      const entry = transaction[names[index2]];
      if (entry.existed) {
        state.anchorMap[names[index2]] = entry.value;
      } else {
        delete state.anchorMap[names[index2]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index2 = 0, quantity = sourceKeys.length; index2 < quantity; index2 += 1) {
      const key = sourceKeys[index2];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index2 = 0, quantity = keyNode.length; index2 < quantity; index2 += 1) {
        if (Array.isArray(keyNode[index2])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index2]) === "[object Object]") {
          keyNode[index2] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index2 = 0, quantity = valueNode.length; index2 < quantity; index2 += 1) {
          mergeMappings(state, _result, valueNode[index2], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol2(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator2(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator2(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator2(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator2(ch)) {
        break;
      } else if (isEol2(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol2(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol2(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol2(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol2(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol2(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol2(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol2(ch));
          break;
        }
        if (isEol2(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index2 = 0, length = documents.length; index2 < length; index2 += 1) {
      iterator(documents[index2]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index2 = 0, length = keys.length; index2 < length; index2 += 1) {
      let tag = keys[index2];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
    const length = string3.length;
    while (position2 < length) {
      let line;
      const next = string3.indexOf("\n", position2);
      if (next === -1) {
        line = string3.slice(position2);
        position2 = length;
      } else {
        line = string3.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index2 = 0, length = state.implicitTypes.length; index2 < length; index2 += 1) {
      const type2 = state.implicitTypes[index2];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c2) {
    return c2 === CHAR_SPACE || c2 === CHAR_TAB;
  }
  function isPrintable(c2) {
    return c2 >= 32 && c2 <= 126 || c2 >= 161 && c2 <= 55295 && c2 !== 8232 && c2 !== 8233 || c2 >= 57344 && c2 <= 65533 && c2 !== CHAR_BOM || c2 >= 65536 && c2 <= 1114111;
  }
  function isNsCharOrWhitespace(c2) {
    return isPrintable(c2) && c2 !== CHAR_BOM && // - b-char
    c2 !== CHAR_CARRIAGE_RETURN && c2 !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c2, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c2);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c2);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c2 !== CHAR_COMMA && c2 !== CHAR_LEFT_SQUARE_BRACKET && c2 !== CHAR_RIGHT_SQUARE_BRACKET && c2 !== CHAR_LEFT_CURLY_BRACKET && c2 !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c2 !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c2 === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c2) {
    return isPrintable(c2) && c2 !== CHAR_BOM && !isWhitespace(c2) && // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    c2 !== CHAR_MINUS && c2 !== CHAR_QUESTION && c2 !== CHAR_COLON && c2 !== CHAR_COMMA && c2 !== CHAR_LEFT_SQUARE_BRACKET && c2 !== CHAR_RIGHT_SQUARE_BRACKET && c2 !== CHAR_LEFT_CURLY_BRACKET && c2 !== CHAR_RIGHT_CURLY_BRACKET && // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    c2 !== CHAR_SHARP && c2 !== CHAR_AMPERSAND && c2 !== CHAR_ASTERISK && c2 !== CHAR_EXCLAMATION && c2 !== CHAR_VERTICAL_LINE && c2 !== CHAR_EQUALS && c2 !== CHAR_GREATER_THAN && c2 !== CHAR_SINGLE_QUOTE && c2 !== CHAR_DOUBLE_QUOTE && // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    c2 !== CHAR_PERCENT && c2 !== CHAR_COMMERCIAL_AT && c2 !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c2) {
    return !isWhitespace(c2) && c2 !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent2 = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent2);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent2));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent2));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip = string3[string3.length - 1] === "\n";
    const keep = clip && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string3)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string3) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string3[i];
        if (char >= 65536) result += string3[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value2 = object[index2];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index2), value2);
      }
      if (writeNode(state, level, value2, false, false) || typeof value2 === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact2) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value2 = object[index2];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index2), value2);
      }
      if (writeNode(state, level + 1, value2, true, true, false, true) || typeof value2 === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact2 || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact2) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (!compact2 || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index2 = 0, length = typeList.length; index2 < length; index2 += 1) {
      const type2 = typeList[index2];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact2, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact2 = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact2);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact2);
          } else {
            writeBlockSequence(state, level, state.dump, compact2);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index2 = 0; index2 < length; index2 += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index2]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index2 = objects.indexOf(object);
      if (index2 !== -1) {
        if (duplicatesIndexes.indexOf(index2) === -1) {
          duplicatesIndexes.push(index2);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value2 = input;
    if (state.replacer) {
      value2 = state.replacer.call({ "": value2 }, "", value2);
    }
    if (writeNode(state, 0, value2, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/model/json-pointer.ts
function escapePointerToken(token) {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}
function pointerChild(parent, token) {
  return `${parent}/${escapePointerToken(String(token))}`;
}
var MAX_REMEMBERED = 65536;
var remembered = /* @__PURE__ */ new Map();
var rememberedCount = 0;
function rememberedPointerChild(parent, token) {
  const child = remembered.get(parent)?.get(token);
  if (child !== void 0) return child;
  const made = pointerChild(parent, token);
  if (rememberedCount < MAX_REMEMBERED) {
    let children = remembered.get(parent);
    if (children === void 0) {
      children = /* @__PURE__ */ new Map();
      remembered.set(parent, children);
    }
    children.set(token, made);
    rememberedCount += 1;
  }
  return made;
}

// src/model/scalar-coercion.ts
var YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
var DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
var LEADING_ZERO = /^[-+]?0[0-9_]/;
var BASE_PREFIX = /^[-+]?0[xXoObB]/;
var NUMBER_LIKE = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$/;
var BASE_NUMBER_LIKE = /^[-+]?0(?:x[0-9a-fA-F_]+|o?[0-7_]+|b[01_]+)$/;
var SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
function coercion(raw, value2) {
  if (typeof value2 === "number") {
    if (!Number.isFinite(value2)) return `is read as ${Number.isNaN(value2) ? "not-a-number" : "infinity"}, not a usable number`;
    if (BASE_PREFIX.test(raw)) return `is read as the number ${value2}, not as written`;
    if (LEADING_ZERO.test(raw)) return `has a leading zero: YAML tools disagree on whether it is ${value2}, an octal number or text`;
    if (Number.isInteger(value2) && !Number.isSafeInteger(value2)) return `is too large to be kept exactly as a number (the limit is ${Number.MAX_SAFE_INTEGER})`;
    if (/[eE]/.test(raw)) return "is written with an exponent, which some YAML tools read as text";
    return void 0;
  }
  if (typeof value2 !== "string") return void 0;
  if (YAML11_BOOLEANS.test(raw)) return "is read as true or false by some YAML tools and as text by others (write true or false for a yes/no field)";
  if (DATE.test(raw)) return "looks like a date, which some YAML tools turn into a timestamp";
  if (NUMBER_LIKE.test(raw) || BASE_NUMBER_LIKE.test(raw)) {
    const n = Number(raw.replace(/_/g, ""));
    return Number.isFinite(n) ? "is read as a number by some YAML tools and as text by others" : "is read as infinity by some YAML tools and as text by others";
  }
  if (SEXAGESIMAL.test(raw)) return "is read as a base-60 number by YAML 1.1 tools (1:30 would be 90)";
  return void 0;
}

// src/model/yaml-subset.ts
var IMPLICIT = yaml.CORE_SCHEMA.compiledImplicit;
var UNSUPPORTED_CHARACTER = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029]/;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var DECLINE = /* @__PURE__ */ Symbol("decline");
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var isKeyStart = (c2) => c2 >= 97 && c2 <= 122 || c2 >= 65 && c2 <= 90 || c2 === 95;
var isKeyPart = (c2) => isKeyStart(c2) || c2 >= 48 && c2 <= 57 || c2 === DASH;
var isPlainStart = (c2) => isKeyStart(c2) || c2 >= 48 && c2 <= 57 || c2 === 46 || c2 === 47 || c2 === 40 || c2 === 43 || c2 === 126 || c2 === 36;
var isFlowIndicator = (c2) => c2 === 44 || c2 === 91 || c2 === 93 || c2 === 123 || c2 === 125;
var SubsetReader = class {
  constructor(text4, limits, record2) {
    this.text = text4;
    this.limits = limits;
    this.record = record2;
    if (startsMarker(text4, 0)) throw DECLINE;
    for (let i = text4.indexOf("\n"); i !== -1; i = text4.indexOf("\n", i + 1)) {
      if (startsMarker(text4, i + 1)) throw DECLINE;
      this.starts.push(i + 1);
    }
    if (this.starts[this.starts.length - 1] !== text4.length + 1) this.starts.push(text4.length + 1);
    this.lineCount = this.starts.length - 1;
  }
  text;
  limits;
  record;
  /** Offsets where each line starts, and one past the end. */
  starts = [0];
  lineCount;
  nodes = 0;
  /** Where the last read ended: the line after a block, the offset after an inline value. */
  line = 0;
  after = 0;
  /** End of line `line`, before its line break. */
  lineEnd(line) {
    return this.starts[line + 1] - 1;
  }
  indentOf(line) {
    const start = this.starts[line];
    let i = start;
    while (this.text.charCodeAt(i) === SPACE) i += 1;
    return i - start;
  }
  /** The first line at or after `line` with content (not blank, not a comment), or the line count. */
  nextContent(line) {
    for (let l = line; l < this.lineCount; l += 1) {
      const at = this.starts[l] + this.indentOf(l);
      if (at < this.lineEnd(l) && this.text.charCodeAt(at) !== HASH) return l;
    }
    return this.lineCount;
  }
  count() {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) throw DECLINE;
  }
  note(pointer, valueOffset, keyOffset) {
    this.count();
    this.record?.(pointer, valueOffset, keyOffset);
  }
  readRoot() {
    const first = this.nextContent(0);
    if (first >= this.lineCount || this.indentOf(first) !== 0) throw DECLINE;
    const start = this.starts[first];
    if (!isKeyStart(this.text.charCodeAt(start))) throw DECLINE;
    this.note("", start, void 0);
    const value2 = this.readMapping(first, 0, start, "", 1);
    if (this.line < this.lineCount) throw DECLINE;
    return value2;
  }
  /**
   * A block mapping whose keys sit at column `indent`; its first key may start
   * mid-line (`- name: x`), at `firstKey`. Sets `line` to the line after it.
   */
  readMapping(line, indent2, firstKey, pointer, depth) {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text4 = this.text;
    const object = {};
    let l = line;
    let at = firstKey;
    for (; ; ) {
      let i = keyEnd(text4, at);
      const key = text4.slice(at, i);
      const end = this.lineEnd(l);
      if (text4.charCodeAt(i) !== COLON || i + 1 < end && text4.charCodeAt(i + 1) !== SPACE) throw DECLINE;
      if (!isPlainKey(key) || Object.hasOwn(object, key)) throw DECLINE;
      this.count();
      const child = this.record ? rememberedPointerChild(pointer, key) : "";
      i += 1;
      while (i < end && text4.charCodeAt(i) === SPACE) i += 1;
      if (i < end) {
        const c2 = text4.charCodeAt(i);
        if (c2 === 62 || c2 === 124) {
          object[key] = this.readBlockScalar(l, i, indent2);
          this.note(child, i, at);
          l = this.line;
        } else {
          object[key] = this.readInline(i, end, child, at, depth, false);
          if (skipSpaces(text4, this.after, end) !== end) throw DECLINE;
          l += 1;
        }
      } else {
        const next = this.nextContent(l + 1);
        if (next >= this.lineCount) throw DECLINE;
        const nested = this.indentOf(next);
        const start = this.starts[next] + nested;
        const dash = isDashItem(text4, start, this.lineEnd(next));
        if (nested > indent2 && !dash) {
          this.note(child, start, at);
          object[key] = this.readMapping(next, nested, start, child, depth + 1);
        } else if (dash && nested >= indent2) {
          this.note(child, start, at);
          object[key] = this.readSequence(next, nested, child, depth + 1, nested === indent2);
        } else throw DECLINE;
        l = this.line;
      }
      l = this.nextContent(l);
      this.line = l;
      if (l >= this.lineCount) return object;
      const nextIndent = this.indentOf(l);
      if (nextIndent < indent2) return object;
      if (nextIndent > indent2) throw DECLINE;
      at = this.starts[l] + nextIndent;
      if (isDashItem(text4, at, this.lineEnd(l))) return object;
    }
  }
  /** A block list whose dashes sit at column `indent`. `compact`: it sits at its key's column. */
  readSequence(line, indent2, pointer, depth, compact2) {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text4 = this.text;
    const array = [];
    let l = line;
    for (; ; ) {
      const end = this.lineEnd(l);
      const dash = this.starts[l] + indent2;
      let i = dash + 1;
      while (i < end && text4.charCodeAt(i) === SPACE) i += 1;
      if (i >= end || i === dash + 1 || isDashItem(text4, i, end)) throw DECLINE;
      const item = this.record ? rememberedPointerChild(pointer, array.length) : "";
      if (startsMappingItem(text4, i, end)) {
        this.note(item, i, void 0);
        array.push(this.readMapping(l, i - this.starts[l], i, item, depth + 1));
        l = this.line;
      } else {
        array.push(this.readInline(i, end, item, void 0, depth, false));
        if (skipSpaces(text4, this.after, end) !== end) throw DECLINE;
        l = this.nextContent(l + 1);
      }
      this.line = l;
      if (l >= this.lineCount) return array;
      const nextIndent = this.indentOf(l);
      if (nextIndent < indent2) return array;
      if (nextIndent > indent2) throw DECLINE;
      const at = this.starts[l] + nextIndent;
      if (!isDashItem(text4, at, this.lineEnd(l))) {
        if (compact2) return array;
        throw DECLINE;
      }
    }
  }
  /**
   * A value written on one line from `start`: `{...}`, `[...]`, a quoted or an
   * unquoted scalar. Records it at `pointer`. Sets `after` to the offset after it.
   */
  readInline(start, end, pointer, keyOffset, depth, flow3) {
    const text4 = this.text;
    const c2 = text4.charCodeAt(start);
    if (c2 === 123 || c2 === 91) {
      this.note(pointer, start, keyOffset);
      return c2 === 123 ? this.readFlowMapping(start, end, pointer, depth + 1) : this.readFlowSequence(start, end, pointer, depth + 1);
    }
    if (c2 === 34 || c2 === 39) {
      let close2 = start + 1;
      while (close2 < end && text4.charCodeAt(close2) !== c2) {
        if (c2 === 34 && text4.charCodeAt(close2) === 92) throw DECLINE;
        close2 += 1;
      }
      if (close2 >= end || text4.charCodeAt(close2 + 1) === c2) throw DECLINE;
      this.note(pointer, start, keyOffset);
      this.after = close2 + 1;
      return text4.slice(start + 1, close2);
    }
    if (!isPlainStart(c2)) throw DECLINE;
    let i = start + 1;
    for (; i < end; i += 1) {
      const d2 = text4.charCodeAt(i);
      if (d2 === COLON || d2 === HASH) throw DECLINE;
      if (flow3 && isFlowIndicator(d2)) break;
    }
    let last = i;
    while (text4.charCodeAt(last - 1) === SPACE) last -= 1;
    const raw = text4.slice(start, last);
    const value2 = resolvePlain(raw);
    if (this.record && coercion(raw, value2) !== void 0) throw DECLINE;
    this.note(pointer, start, keyOffset);
    this.after = i;
    return value2;
  }
  readFlowMapping(open, end, pointer, depth) {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text4 = this.text;
    const object = {};
    let i = skipSpaces(text4, open + 1, end);
    this.after = i + 1;
    if (text4.charCodeAt(i) === 125) return object;
    for (; ; ) {
      const keyStart = i;
      i = keyEnd(text4, i);
      const key = text4.slice(keyStart, i);
      if (text4.charCodeAt(i) !== COLON || text4.charCodeAt(i + 1) !== SPACE) throw DECLINE;
      if (!isPlainKey(key) || Object.hasOwn(object, key)) throw DECLINE;
      this.count();
      i = skipSpaces(text4, i + 1, end);
      object[key] = this.readInline(i, end, this.record ? rememberedPointerChild(pointer, key) : "", keyStart, depth, true);
      i = this.nextFlowEntry(125, end);
      if (i === -1) return object;
    }
  }
  readFlowSequence(open, end, pointer, depth) {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text4 = this.text;
    const array = [];
    let i = skipSpaces(text4, open + 1, end);
    this.after = i + 1;
    if (text4.charCodeAt(i) === 93) return array;
    for (; ; ) {
      array.push(this.readInline(i, end, this.record ? rememberedPointerChild(pointer, array.length) : "", void 0, depth, true));
      i = this.nextFlowEntry(93, end);
      if (i === -1) return array;
    }
  }
  /** After an entry of `{...}` or `[...]`: where the next entry starts, or -1 when `close` ends the collection. */
  nextFlowEntry(close2, end) {
    const text4 = this.text;
    const i = skipSpaces(text4, this.after, end);
    const c2 = text4.charCodeAt(i);
    this.after = i + 1;
    if (c2 === close2) return -1;
    if (c2 !== 44 || i >= end) throw DECLINE;
    return skipSpaces(text4, i + 1, end);
  }
  /**
   * `>`, `>-`, `|` or `|-` at `header` on line `line`, its text on the lines
   * below: every line at one indentation, none blank in between, none ending
   * in a space. Anything subtler (kept or more-indented lines, indicators) declines.
   */
  readBlockScalar(line, header, parentIndent) {
    const text4 = this.text;
    const folded = text4.charCodeAt(header) === 62;
    const end = this.lineEnd(line);
    let i = header + 1;
    const strip = text4.charCodeAt(i) === DASH;
    if (strip) i += 1;
    if (skipSpaces(text4, i, end) !== end) throw DECLINE;
    const first = line + 1;
    if (first >= this.lineCount) throw DECLINE;
    const indent2 = this.indentOf(first);
    if (indent2 <= parentIndent || this.starts[first] + indent2 >= this.lineEnd(first)) throw DECLINE;
    const parts = [];
    let l = first;
    for (; l < this.lineCount; l += 1) {
      const start = this.starts[l];
      const lineEnd = this.lineEnd(l);
      const lineIndent = this.indentOf(l);
      if (start + lineIndent >= lineEnd) break;
      if (lineIndent < indent2) break;
      if (lineIndent > indent2 || text4.charCodeAt(lineEnd - 1) === SPACE) throw DECLINE;
      parts.push(text4.slice(start + indent2, lineEnd));
    }
    const after = this.nextContent(l);
    for (let k2 = l; k2 < after; k2 += 1) if (this.indentOf(k2) >= indent2 && this.starts[k2] + this.indentOf(k2) < this.lineEnd(k2)) throw DECLINE;
    if (after < this.lineCount && this.indentOf(after) >= indent2) throw DECLINE;
    if (!strip && this.lineEnd(l - 1) === text4.length) throw DECLINE;
    const body = parts.join(folded ? " " : "\n");
    this.line = l;
    return strip ? body : `${body}
`;
  }
};
function startsMarker(text4, at) {
  const c2 = text4.charCodeAt(at);
  return c2 === 37 || (c2 === DASH || c2 === 46) && text4.charCodeAt(at + 1) === c2 && text4.charCodeAt(at + 2) === c2;
}
function skipSpaces(text4, from, end) {
  let i = from;
  while (i < end && text4.charCodeAt(i) === SPACE) i += 1;
  return i;
}
function isDashItem(text4, at, end) {
  return text4.charCodeAt(at) === DASH && (at + 1 >= end || text4.charCodeAt(at + 1) === SPACE);
}
function wordEnd(text4, at) {
  if (!isKeyStart(text4.charCodeAt(at))) return at;
  let i = at + 1;
  while (isKeyPart(text4.charCodeAt(i))) i += 1;
  return i;
}
function keyEnd(text4, at) {
  const end = wordEnd(text4, at);
  if (end === at) throw DECLINE;
  return end;
}
function startsMappingItem(text4, at, end) {
  const i = wordEnd(text4, at);
  return i > at && text4.charCodeAt(i) === COLON && (i + 1 >= end || text4.charCodeAt(i + 1) === SPACE);
}
function isPlainKey(key) {
  return typeof resolvePlain(key) === "string" && !FORBIDDEN_KEYS.has(key);
}
var CORE_WORDS = /* @__PURE__ */ new Map([
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false]
]);
function resolvePlain(raw) {
  const c2 = raw.charCodeAt(0);
  const lower = c2 | 32;
  if (lower >= 97 && lower <= 122) {
    const mayBeWord = (raw.length === 4 || raw.length === 5) && (lower === 110 || lower === 116 || lower === 102);
    return mayBeWord && CORE_WORDS.has(raw) ? CORE_WORDS.get(raw) : raw;
  }
  if (c2 === 95 || c2 === 47 || c2 === 40 || c2 === 36) return raw;
  if (isSmallWholeNumber(raw)) return Number(raw);
  for (const type2 of IMPLICIT ?? []) if (type2.resolve(raw)) return type2.construct(raw);
  return raw;
}
function isSmallWholeNumber(raw) {
  if (raw.length > 15 || raw.charCodeAt(0) === 48 && raw.length > 1) return false;
  for (let i = 0; i < raw.length; i += 1) {
    const d2 = raw.charCodeAt(i);
    if (d2 < 48 || d2 > 57) return false;
  }
  return raw.length > 0;
}
function readYamlSubset(text4, limits, record2) {
  if (IMPLICIT === void 0 || UNSUPPORTED_CHARACTER.test(text4)) return void 0;
  try {
    return new SubsetReader(text4, limits, record2).readRoot();
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  }
}

// src/model/yaml-mistakes.ts
var UNUSUAL_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
var STRUCTURAL_UNUSUAL_SPACE = /^[ ]*(?:-[ ]*)?[\u00A0\u2000-\u200A\u202F\u205F\u3000]|^[ ]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_-]*:[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
var NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]+):([^\s:/\\][^\n]*)$/;
var COLON_IN_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{|>#&*!%@`][^#]*?(?::\s|:$)[^#]*?)\s*(?:\s#.*)?$/;
var COLON_IN_FLOW_VALUE = /[{,]\s*([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{,}][^,{}"']*?:\s[^,{}]*?)\s*[,}]/;
var BLOCK_HEADER = /(?:^|[:\-]\s)[|>][-+0-9]*\s*(?:#.*)?$/;
var MAX_LINE = 2e3;
function linesOf(text4) {
  const lines = [];
  let start = 0;
  for (const piece of text4.split(/(\r\n|\r|\n)/)) {
    if (piece === "\r\n" || piece === "\r" || piece === "\n") {
      start += piece.length;
      continue;
    }
    lines.push({ index: lines.length, start, text: piece });
    start += piece.length;
  }
  return lines;
}
var indentOf = (line) => line.length - line.trimStart().length;
function candidateLines(lines) {
  const out = [];
  let blockIndent = -1;
  for (const line of lines) {
    const blank = line.text.trim() === "";
    if (blockIndent >= 0 && (blank || indentOf(line.text) > blockIndent)) continue;
    blockIndent = -1;
    if (blank || line.text.trimStart().startsWith("#") || line.text.length > MAX_LINE) continue;
    out.push(line);
    if (BLOCK_HEADER.test(line.text)) blockIndent = indentOf(line.text);
  }
  return out;
}
function stopOffset(text4) {
  try {
    yaml.load(text4, { schema: yaml.CORE_SCHEMA });
    return void 0;
  } catch (error) {
    const mark = error.mark;
    return typeof mark?.position === "number" ? mark.position : 0;
  }
}
function proven(text4, line, mended) {
  const fixed = text4.slice(0, line.start) + mended + text4.slice(line.start + line.text.length);
  const stop = stopOffset(fixed);
  return stop === void 0 || stop > line.start + mended.length;
}
function unclosedQuote(line, quote) {
  const opener2 = /(?:^\s*|[:\-[{,]\s*)(["'])/g;
  for (let match = opener2.exec(line); match; match = opener2.exec(line)) {
    const open = match.index + match[0].length - 1;
    const c2 = match[1];
    let i = open + 1;
    for (; i < line.length; i += 1) {
      if (c2 === '"' && line[i] === "\\") i += 1;
      else if (line[i] === c2) {
        if (c2 === "'" && line[i + 1] === "'") i += 1;
        else break;
      }
    }
    if (i >= line.length) return c2 === quote ? open : void 0;
    opener2.lastIndex = i + 1;
  }
  return void 0;
}
function unclosedBracket(line) {
  const stack = [];
  let quote = "";
  for (let i = 0; i < line.length; i += 1) {
    const c2 = line[i];
    if (quote) {
      if (c2 === quote) quote = "";
      continue;
    }
    if ((c2 === '"' || c2 === "'") && /[\s[{,:]/.test(line[i - 1] ?? " ")) quote = c2;
    else if (c2 === "#" && /\s/.test(line[i - 1] ?? " ")) return stack.length > 0 ? { open: stack[0], comment: true } : void 0;
    else if (c2 === "[" || c2 === "{") stack.push(i);
    else if ((c2 === "]" || c2 === "}") && stack.length > 0) stack.pop();
  }
  return stack.length > 0 ? { open: stack[0], comment: false } : void 0;
}
function quoted(value2) {
  return value2.includes('"') ? `'${value2.replace(/'/g, "''")}'` : `"${value2.replace(/\\/g, "\\\\")}"`;
}
function lineMistake(text4, line) {
  const space = STRUCTURAL_UNUSUAL_SPACE.exec(line.text);
  if (space) {
    const at = space.index + space[0].length - 1;
    const mended = line.text.replace(new RegExp(UNUSUAL_SPACE.source, "g"), " ");
    if (proven(text4, line, mended)) {
      return { offset: line.start + at, message: `This line holds a non-breaking or other unusual space (${codePoint(line.text[at])}), which YAML does not read as a space: delete it and type an ordinary space.` };
    }
  }
  const glued = NO_SPACE_AFTER_COLON.exec(line.text);
  if (glued) {
    const [, lead, key, value2] = glued;
    const colon2 = lead.length + key.length;
    if (proven(text4, line, `${line.text.slice(0, colon2 + 1)} ${line.text.slice(colon2 + 1)}`)) {
      return { offset: line.start + colon2 + 1, message: `A space is missing after the \`:\` of \`${key}\`: write \`${key}: ${value2.trim()}\`.` };
    }
  }
  const colon = COLON_IN_VALUE.exec(line.text);
  if (colon) {
    const [, lead, key, value2] = colon;
    const at = line.text.indexOf(value2, lead.length + key.length);
    if (proven(text4, line, `${line.text.slice(0, at)}${quoted(value2)}${line.text.slice(at + value2.length)}`)) {
      return { offset: line.start + at, message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: ${quoted(value2)}\`.` };
    }
  }
  const flow3 = COLON_IN_FLOW_VALUE.exec(line.text);
  if (flow3) {
    const [, key, value2] = flow3;
    const at = flow3.index + flow3[0].indexOf(value2, flow3[0].indexOf(key) + key.length);
    if (proven(text4, line, `${line.text.slice(0, at)}${quoted(value2)}${line.text.slice(at + value2.length)}`)) {
      return { offset: line.start + at, message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: ${quoted(value2)}\`.` };
    }
  }
  return void 0;
}
function unusualSpaceBeforeKey(key) {
  if (!UNUSUAL_SPACE.test(key.charAt(0))) return void 0;
  return `This line is indented with a non-breaking or other unusual space (${codePoint(key.charAt(0))}), which YAML reads as part of the field's name, not as indentation: delete the spaces before the field and type them again.`;
}
function diagnoseYamlMistake(text4, offset, reason) {
  const lines = candidateLines(linesOf(text4)).filter((l) => l.start <= offset);
  const quote = /within a double quoted scalar/.test(reason) ? '"' : /within a single quoted scalar/.test(reason) ? "'" : void 0;
  if (quote) {
    for (const line of [...lines].reverse()) {
      const open = unclosedQuote(line.text, quote);
      if (open === void 0) continue;
      if (!proven(text4, line, `${line.text}${quote}`)) return void 0;
      return { offset: line.start + open, message: `The quote that starts here is never closed: end the value with \`${quote}\` on this line.` };
    }
    return void 0;
  }
  if (/within a flow collection/.test(reason)) {
    for (const line of [...lines].reverse()) {
      const open = unclosedBracket(line.text);
      if (!open) continue;
      const close2 = line.text[open.open] === "[" ? "]" : "}";
      const mended = open.comment ? line.text.replace(/\s#/, "  ") : `${line.text}${close2}`;
      if (!proven(text4, line, mended)) return void 0;
      return {
        offset: line.start + open.open,
        message: open.comment ? `A \`#\` after a space starts a comment, so the rest of this line, with its closing \`${close2}\`, is not read: put the value holding the \`#\` in quotes, e.g. \`"#ext partners"\`.` : `This \`${line.text[open.open]}\` is never closed: end it with \`${close2}\` on the same line.`
      };
    }
    return void 0;
  }
  const own5 = lines.at(-1);
  const suspects = own5 ? [own5, ...lines.filter((l) => l.index < own5.index).slice(-1)] : [];
  for (const line of suspects) {
    const mistake = lineMistake(text4, line);
    if (mistake) return mistake;
  }
  return void 0;
}

// src/model/load-yaml.ts
var DEFAULT_LIMITS = Object.freeze({ maxBytes: 256 * 1024, maxDepth: 32, maxNodes: 2e4 });
function locate(locations, pointer, prefer) {
  let current = pointer;
  for (; ; ) {
    const found = locations.get(current);
    if (found) {
      const position2 = prefer === "key" && found.key ? found.key : found.value;
      return { line: position2.line, column: position2.column };
    }
    if (current === "") return { line: 1, column: 1 };
    const cut = current.lastIndexOf("/");
    current = cut <= 0 ? "" : current.slice(0, cut);
  }
}
function loadYaml(path2, bytes, limits = DEFAULT_LIMITS, options = {}) {
  try {
    return options.subset !== false && loadSubset(bytes, limits) || loadChecked(path2, bytes, limits);
  } catch (error) {
    const rule = error instanceof RangeError ? "yaml-too-deep" : "yaml-syntax";
    const message = rule === "yaml-too-deep" ? "The file is nested too deeply to read; flatten the structure." : "The file could not be read as YAML; check its quoting and indentation.";
    return { ok: false, findings: [{ path: path2, line: 1, column: 1, rule, message, severity: "error" }] };
  }
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function loadYamlQuick(bytes, limits = DEFAULT_LIMITS) {
  if (bytes.length > limits.maxBytes) return void 0;
  try {
    const text4 = STRICT_UTF8.decode(bytes);
    const simple = readYamlSubset(text4, limits);
    if (simple) return { value: simple, text: text4 };
    const plain = !/[&*!]/.test(text4);
    let depth = 0;
    let events = 0;
    const options = {
      schema: yaml.CORE_SCHEMA,
      json: false,
      maxDepth: limits.maxDepth + 2,
      listener: plain ? void 0 : (type2, state) => {
        if (type2 === "close") {
          depth -= 1;
          return;
        }
        if (++depth > limits.maxDepth + 3 || ++events > 3 * limits.maxNodes + 8) throw new LoadAbort("yaml-too-deep", 0, "");
        const c2 = text4.charAt(skipSeparation(text4, state.position));
        if (c2 === "&" || c2 === "*" || c2 === "!") throw new LoadAbort("yaml-alias", 0, "");
      }
    };
    const value2 = yaml.load(text4, options);
    return isPlainObject(value2) ? { value: value2, text: text4 } : void 0;
  } catch {
    return void 0;
  }
}
function startsWithBytes(bytes, prefix) {
  return prefix.length <= bytes.length && prefix.every((b2, i) => bytes[i] === b2);
}
function firstInvalidUtf8(bytes) {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b2 = bytes[i] ?? 0;
    if (b2 < 128) {
      i += 1;
      continue;
    }
    let need;
    let low = 128;
    let high = 191;
    if (b2 >= 194 && b2 <= 223) need = 1;
    else if (b2 >= 224 && b2 <= 239) {
      need = 2;
      if (b2 === 224) low = 160;
      if (b2 === 237) high = 159;
    } else if (b2 >= 240 && b2 <= 244) {
      need = 3;
      if (b2 === 240) low = 144;
      if (b2 === 244) high = 143;
    } else return i;
    for (let k2 = 1; k2 <= need; k2 += 1) {
      const c2 = bytes[i + k2];
      if (c2 === void 0 || (k2 === 1 ? c2 < low || c2 > high : c2 < 128 || c2 > 191)) return i;
    }
    i += need + 1;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const text4 = new SourceText(before);
  return text4.position(before.length);
}
function hex(byte) {
  return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}
function decode(path2, bytes) {
  const at = (position2, message) => ({ path: path2, ...position2, rule: "yaml-encoding", message, severity: "error" });
  const start = { line: 1, column: 1 };
  if (startsWithBytes(bytes, [0, 0, 254, 255]) || startsWithBytes(bytes, [255, 254, 0, 0])) {
    return { ok: false, findings: [at(start, "The file is saved as UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8.")] };
  }
  if (startsWithBytes(bytes, [254, 255]) || startsWithBytes(bytes, [255, 254])) {
    return { ok: false, findings: [at(start, "The file is saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8.")] };
  }
  const findings = [];
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    findings.push(at(bytePosition(bytes, nul), "The file contains a NUL byte (0x00), so it is not a text file; remove it, or save the file as UTF-8 text."));
  }
  let text4;
  try {
    text4 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const offset = bad === -1 ? 0 : bad;
    const what = bad === -1 ? "bytes" : `byte ${hex(bytes[bad] ?? 0)}`;
    findings.push(at(bytePosition(bytes, offset), `The file is not valid UTF-8 (${what} here); save it as UTF-8.`));
  }
  if (findings.length > 0 || text4 === void 0) return { ok: false, findings: sortFindings(findings) };
  return { ok: true, text: text4.replace(/^\uFEFF+/, "") };
}
var SourceText = class {
  constructor(text4) {
    this.text = text4;
    for (let i = 0; i < text4.length; i += 1) {
      const c2 = text4.charCodeAt(i);
      if (c2 === 10) this.lineStarts.push(i + 1);
      else if (c2 === 13) {
        if (text4.charCodeAt(i + 1) === 10) i += 1;
        this.lineStarts.push(i + 1);
      } else if (c2 >= 55296 && c2 <= 56319) {
        const next = text4.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) this.astral.push(i);
      }
    }
  }
  text;
  lineStarts = [0];
  /** Offsets of high surrogates that start a pair: each makes one column out of two code units. */
  astral = [];
  /** Index of the line holding `offset` (0-based). */
  lineIndex(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index2 = this.lineIndex(clamped);
    const lineStart = this.lineStarts[index2] ?? 0;
    const pairs2 = countBelow(this.astral, clamped) - countBelow(this.astral, lineStart);
    return { line: index2 + 1, column: clamped - lineStart - pairs2 + 1 };
  }
};
var LazySourceText = class {
  constructor(text4) {
    this.text = text4;
  }
  text;
  #source;
  position(offset) {
    this.#source ??= new SourceText(this.text);
    return this.#source.position(offset);
  }
};
function countBelow(sorted, limit) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var isEol = (c2) => c2 === 10 || c2 === 13;
function skipSeparation(text4, offset) {
  let i = offset;
  for (; ; ) {
    const c2 = text4.charCodeAt(i);
    if (c2 === 32 || c2 === 9 || isEol(c2)) i += 1;
    else if (c2 === 35) {
      while (i < text4.length && !isEol(text4.charCodeAt(i))) i += 1;
    } else return i;
  }
}
function gapIndicators(text4, from, to) {
  const found = [];
  let i = from;
  while (i < to) {
    i = skipSeparation(text4, i);
    if (i >= to) break;
    found.push({ char: text4.charAt(i), offset: i });
    i += 1;
  }
  return found;
}
var LoadAbort = class extends Error {
  constructor(rule, offset, detail) {
    super(rule);
    this.rule = rule;
    this.offset = offset;
    this.detail = detail;
  }
  rule;
  offset;
  detail;
};
function parse(source, limits) {
  const text4 = source.text;
  const stack = [];
  const roots = [];
  const eventBudget = 3 * limits.maxNodes + 8;
  const depthBudget = limits.maxDepth + 3;
  let events = 0;
  let lastOpen = 0;
  const listener = (type2, raw) => {
    const state = raw;
    if (type2 === "open") {
      lastOpen = state.position;
      const root = roots[0];
      if (stack.length === 0 && root !== void 0) {
        throw new LoadAbort("yaml-multi-document", secondDocumentStart(text4, root.close), "");
      }
      if (stack.length >= depthBudget) {
        throw new LoadAbort("yaml-too-deep", skipSeparation(text4, state.position), "");
      }
      events += 1;
      if (events > eventBudget) {
        throw new LoadAbort("yaml-too-many-nodes", skipSeparation(text4, state.position), "");
      }
      const start = skipSeparation(text4, state.position);
      const c2 = text4.charAt(start);
      if (c2 === "&" || c2 === "*") throw new LoadAbort("yaml-alias", start, tokenAt(text4, start, /^[^\s,[\]{}]*/));
      if (c2 === "!") throw new LoadAbort("yaml-tag", start, tokenAt(text4, start, /^\S*/));
      stack.push({ open: state.position, close: state.position, kind: null, result: null, children: [] });
      return;
    }
    const event = stack.pop();
    if (event === void 0) return;
    event.close = state.position;
    event.kind = state.kind ?? null;
    event.result = state.result;
    if (state.anchor !== null && state.anchor !== void 0) {
      throw new LoadAbort("yaml-alias", skipSeparation(text4, event.open), `&${state.anchor}`);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(event);
    else roots.push(event);
  };
  const options = {
    schema: yaml.CORE_SCHEMA,
    json: false,
    listener(type2, state) {
      listener(type2, state);
    },
    maxDepth: depthBudget + 2
  };
  try {
    const value2 = yaml.load(text4, options);
    return { ok: true, value: value2, root: roots[0] };
  } catch (error) {
    if (error instanceof LoadAbort) {
      return { ok: false, finding: abortFinding(error, source, limits) };
    }
    if (error instanceof yaml.YAMLException) {
      return { ok: false, finding: exceptionFinding(error, source, limits) };
    }
    if (error instanceof RangeError) {
      return { ok: false, finding: { ...source.position(skipSeparation(text4, lastOpen)), rule: "yaml-too-deep", message: tooDeepMessage(limits), severity: "error" } };
    }
    throw error;
  }
}
function secondDocumentStart(text4, firstEnd) {
  let i = skipSeparation(text4, firstEnd);
  if (text4.startsWith("...", i) && !/[^\s]/.test(text4.charAt(i + 3))) i = skipSeparation(text4, i + 3);
  return i;
}
function tokenAt(text4, offset, pattern) {
  const match = pattern.exec(text4.slice(offset, offset + 80));
  return match ? match[0] : "";
}
function tooDeepMessage(limits) {
  return `Values are nested more than ${limits.maxDepth} levels deep; flatten the structure.`;
}
function tooManyMessage(limits) {
  return `The file has more than ${limits.maxNodes.toLocaleString("en-US")} keys and values; split it or remove entries.`;
}
function abortFinding(abort, source, limits) {
  const position2 = source.position(abort.offset);
  const finding = (rule, message) => ({ ...position2, rule, message, severity: "error" });
  switch (abort.rule) {
    case "yaml-multi-document":
      return finding(
        "yaml-multi-document",
        "This file holds more than one YAML document (a `---` line starts another one); keep one document per file: remove the `---` line and what follows, or move it to its own file."
      );
    case "yaml-too-deep":
      return finding("yaml-too-deep", tooDeepMessage(limits));
    case "yaml-too-many-nodes":
      return finding("yaml-too-many-nodes", tooManyMessage(limits));
    case "yaml-tag":
      return finding("yaml-tag", `Tags such as \`${abort.detail}\` are not allowed: remove the tag and write a plain value (quote it if it must stay text).`);
    default:
      return finding("yaml-alias", aliasMessage(abort.detail));
  }
}
function aliasMessage(token) {
  const what = token.startsWith("*") ? `The alias \`${token}\`` : token.startsWith("&") ? `The anchor \`${token}\`` : `\`${token}\``;
  return `${what}: anchors (\`&name\`), aliases (\`*name\`) and merge keys (\`<<\`) are not allowed; write the values out in full.`;
}
var SYNTAX_REASONS = [
  [/^bad indentation of a mapping entry/, "this line is not indented like the fields around it (or a `:` is missing)"],
  [/^bad indentation of a sequence entry/, "this list item is not indented like the items around it"],
  [/^can not read a block mapping entry; a multiline key/, "a field name runs over more than one line, or the line before is missing its `:`"],
  [/^can not read an implicit mapping pair; a colon is missed/, "a `:` is missing after the field name"],
  [/^a whitespace character is expected after the key-value separator/, "a space is missing after the `:`"],
  [/^end of the stream or a document separator is expected/, "unexpected text: check the indentation, and that each line is `name: value` or a `- ` list item"],
  [/^missed comma between flow collection entries/, "a comma is missing between the entries of a `[...]` or `{...}`"],
  [/^unexpected end of the stream within a flow collection/, "a `[` or `{` is never closed"],
  [/^unexpected end of the (stream|document) within a (single|double) quoted scalar/, "a quoted value is never closed: add the closing quote"],
  [/^expected the node content, but found ','/, "an empty entry between two commas"],
  [/^unknown escape sequence|^expected hexadecimal character/, "a backslash escape in a double-quoted value is not valid; write `\\\\` for a backslash, or use single quotes"],
  [/^incomplete explicit mapping pair/, "a line starts with `:` but has no field name before it"],
  [/^missing indentation for block scalar/, "the text under a `|` or `>` must be indented"]
];
function exceptionFinding(error, source, limits) {
  const reason = error.reason || "unreadable YAML";
  const offset = typeof error.mark?.position === "number" ? error.mark.position : 0;
  const position2 = source.position(offset);
  const finding = (rule, message) => ({ ...position2, rule, message, severity: "error" });
  if (reason.startsWith("duplicated mapping key")) {
    const key = keyTextAt(source.text, offset);
    const named = key ? `The field \`${key}\`` : "This field";
    return finding("yaml-duplicate-key", `${named} appears twice in the same mapping; keep only one of them.`);
  }
  if (reason.startsWith("tab characters must not be used in indentation")) {
    return finding("yaml-tab", "A tab is used for indentation here; indent with spaces.");
  }
  if (reason.startsWith("unknown tag") || reason.includes("tag handle") || reason.startsWith("tag ")) {
    return finding("yaml-tag", "Tags are not allowed: remove the tag and write a plain value.");
  }
  if (reason.startsWith("unidentified alias") || reason.includes("anchor") || reason.includes("alias")) {
    return finding("yaml-alias", aliasMessage(tokenAt(source.text, offset, /^[^\s,[\]{}]*/)));
  }
  if (reason.startsWith("nesting exceeded maxDepth")) return finding("yaml-too-deep", tooDeepMessage(limits));
  if (reason.startsWith("nested arrays are not supported inside keys")) {
    return finding("yaml-key-type", "Field names are words: a list cannot be a field name; write `name: value`.");
  }
  if (reason.startsWith("expected a single document")) {
    return finding("yaml-multi-document", "This file holds more than one YAML document; keep one document per file.");
  }
  if (reason.includes("non-printable characters") || reason.startsWith("expected valid JSON character")) {
    const at = source.position(controlCharacterBefore(source.text, offset));
    return { ...at, rule: "yaml-encoding", message: "A value contains an invisible control character; delete it (retype the value if needed).", severity: "error" };
  }
  const mistake = diagnoseYamlMistake(source.text, offset, reason);
  if (mistake) return { ...source.position(mistake.offset), rule: "yaml-syntax", message: mistake.message, severity: "error" };
  const plain = SYNTAX_REASONS.find(([pattern]) => pattern.test(reason));
  const said = plain ? plain[1] : `the YAML reader says "${reason}"`;
  return finding("yaml-syntax", `The file is not valid YAML at line ${position2.line}, column ${position2.column}: ${said}. Fix the text there.`);
}
var NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
function controlCharacterBefore(text4, offset) {
  const lineStart = Math.max(text4.lastIndexOf("\n", Math.max(0, offset - 1)) + 1, 0);
  let nearest = -1;
  for (const match of text4.slice(0, offset + 1).matchAll(NON_PRINTABLE)) {
    const index2 = match[0].length === 2 && /[\uDC00-\uDFFF]/.test(match[0][1] ?? "") ? match.index + 1 : match.index;
    if (index2 >= lineStart) return index2;
    nearest = index2;
  }
  return nearest >= 0 ? nearest : offset;
}
function keyTextAt(text4, offset) {
  const rest = text4.slice(offset, offset + 200).split(/\r?\n|\r/, 1)[0] ?? "";
  const quoted2 = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  if (quoted2) return quoted2[1] ?? "";
  const plain = /^(.*?)\s*:(?:\s|[,\]}]|$)/.exec(rest);
  return plain ? (plain[1] ?? "").slice(0, 60) : "";
}
function indentTabs(source) {
  const text4 = source.text;
  const found = [];
  for (const start of source.lineStarts) {
    let i = start;
    let tab = -1;
    for (let c3 = text4.charCodeAt(i); c3 === 32 || c3 === 9; c3 = text4.charCodeAt(++i)) {
      if (c3 === 9 && tab === -1) tab = i;
    }
    const c2 = text4.charCodeAt(i);
    if (tab !== -1 && i < text4.length && !isEol(c2) && c2 !== 35) found.push(tab);
  }
  return found;
}
function indentTabsOutside(source, tabs, bodies) {
  const kept = [];
  let b2 = 0;
  for (const tab of tabs) {
    while (b2 < bodies.length && (bodies[b2]?.[1] ?? 0) <= tab) b2 += 1;
    const body = bodies[b2];
    const inside = body !== void 0 && tab > body[0] && source.lineIndex(tab) > source.lineIndex(body[0]);
    if (!inside) kept.push(tab);
  }
  return kept;
}
function unwrap(event) {
  let current = event;
  for (; ; ) {
    const only = current.children.length === 1 ? current.children[0] : void 0;
    if (only === void 0 || current.kind === null || only.kind !== current.kind || !Object.is(only.result, current.result)) {
      return current;
    }
    current = only;
  }
}
function isPlainObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function addFinding(walk, offset, rule, message) {
  walk.findings.push({ ...walk.source.position(offset), rule, message, severity: "error" });
}
function countNode(walk, offset) {
  walk.nodes += 1;
  if (walk.nodes > walk.limits.maxNodes) {
    addFinding(walk, offset, "yaml-too-many-nodes", tooManyMessage(walk.limits));
    walk.stopped = true;
    return false;
  }
  return true;
}
var OffsetLocation = class {
  constructor(source, valueOffset, keyOffset) {
    this.source = source;
    this.valueOffset = valueOffset;
    this.keyOffset = keyOffset;
  }
  source;
  valueOffset;
  keyOffset;
  get value() {
    return this.source.position(this.valueOffset);
  }
  get key() {
    return this.keyOffset === void 0 ? void 0 : this.source.position(this.keyOffset);
  }
};
var KEY_SPAN = 2 ** 25;
var PackedLocations = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #pointers = [];
  #offsets = [];
  #index;
  add(pointer, valueOffset, keyOffset) {
    this.#pointers.push(pointer);
    this.#offsets.push(valueOffset * KEY_SPAN + (keyOffset === void 0 ? 0 : keyOffset + 1));
    this.#index = void 0;
  }
  #find(pointer) {
    const pointers = this.#pointers;
    if (pointers.length > 64) {
      this.#index ??= new Map(pointers.map((p, i) => [p, i]));
      return this.#index.get(pointer) ?? -1;
    }
    for (let i = pointers.length - 1; i >= 0; i -= 1) if (pointers[i] === pointer) return i;
    return -1;
  }
  #location(i) {
    const packed = this.#offsets[i];
    const key = packed % KEY_SPAN;
    return new OffsetLocation(this.source, Math.floor(packed / KEY_SPAN), key === 0 ? void 0 : key - 1);
  }
  get(pointer) {
    const i = this.#find(pointer);
    return i === -1 ? void 0 : this.#location(i);
  }
  has(pointer) {
    return this.#find(pointer) !== -1;
  }
  get size() {
    return this.#pointers.length;
  }
  *entries() {
    for (let i = 0; i < this.#pointers.length; i += 1) yield [this.#pointers[i], this.#location(i)];
  }
  *keys() {
    yield* this.#pointers;
  }
  *values() {
    for (let i = 0; i < this.#pointers.length; i += 1) yield this.#location(i);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(each, thisArg) {
    for (const [pointer, location2] of this.entries()) each.call(thisArg, location2, pointer, this);
  }
};
var DeferredLocations = class {
  constructor(path2, bytes, limits) {
    this.path = path2;
    this.bytes = bytes;
    this.limits = limits;
  }
  path;
  bytes;
  limits;
  #map;
  get #loaded() {
    if (!this.#map) {
      const full = loadYaml(this.path, this.bytes, this.limits);
      this.#map = full.ok ? full.locations : /* @__PURE__ */ new Map();
    }
    return this.#map;
  }
  get(pointer) {
    return this.#loaded.get(pointer);
  }
  has(pointer) {
    return this.#loaded.has(pointer);
  }
  get size() {
    return this.#loaded.size;
  }
  entries() {
    return this.#loaded.entries();
  }
  keys() {
    return this.#loaded.keys();
  }
  values() {
    return this.#loaded.values();
  }
  [Symbol.iterator]() {
    return this.#loaded[Symbol.iterator]();
  }
  forEach(each, thisArg) {
    this.#loaded.forEach((value2, key) => each.call(thisArg, value2, key, this));
  }
};
function deferredLocations(path2, bytes, limits) {
  return new DeferredLocations(path2, bytes, limits);
}
function record(walk, place, valueOffset) {
  walk.locations.add(place.pointer, valueOffset, place.keyOffset);
}
function visitValue(walk, outer, place) {
  if (walk.stopped) return;
  const event = unwrap(outer);
  const text4 = walk.source.text;
  if (event.kind === null) {
    const offset = place.emptyOffset ?? event.open;
    if (!countNode(walk, offset)) return;
    record(walk, place, offset);
    return;
  }
  const start = skipSeparation(text4, event.open);
  if (!countNode(walk, start)) return;
  record(walk, place, start);
  if (event.kind === "scalar") {
    checkScalar(walk, event, start);
    return;
  }
  const depth = place.depth + 1;
  if (depth > walk.limits.maxDepth) {
    addFinding(walk, start, "yaml-too-deep", tooDeepMessage(walk.limits));
    walk.stopped = true;
    return;
  }
  if (event.kind === "mapping") visitMapping(walk, event, start, place.pointer, depth);
  else if (event.kind === "sequence") {
    if (text4.charAt(start) === "[") visitFlowSequence(walk, event, start, place.pointer, depth);
    else visitBlockSequence(walk, event, start, place.pointer, depth);
  }
}
function visitKey(walk, outer) {
  const event = unwrap(outer);
  const offset = skipSeparation(walk.source.text, event.open);
  if (!countNode(walk, offset)) return void 0;
  const result = event.result;
  const key = String(result);
  if (event.kind !== "scalar" || typeof result !== "string") {
    const shown = event.kind === "scalar" ? walk.source.text.slice(offset, Math.max(offset, event.close)).trim() : event.kind === null ? "" : "a list or mapping";
    addFinding(
      walk,
      offset,
      "yaml-key-type",
      `Field names are words: ${shown ? `\`${shown}\`` : "an empty key"} is read as ${describeKeyValue(event)}, not a name. Write a field name such as \`name:\`${event.kind === "scalar" ? ", or quote it" : ""}.`
    );
  } else if (FORBIDDEN_KEYS.has(result)) {
    addFinding(walk, offset, "yaml-forbidden-key", `The field name \`${result}\` is reserved and not allowed; remove or rename this field.`);
  } else if (result === "<<") {
    addFinding(walk, offset, "yaml-alias", aliasMessage("<<"));
  } else {
    const pasted = unusualSpaceBeforeKey(result);
    if (pasted) addFinding(walk, offset, "yaml-syntax", pasted);
  }
  return { key, offset };
}
function describeKeyValue(event) {
  if (event.kind === "mapping") return "a mapping";
  if (event.kind === "sequence") return "a list";
  if (event.result === null) return "null (no value)";
  return `a ${typeof event.result}`;
}
function refuseExplicitKey(walk, gap) {
  const mark = gap.find((g2) => g2.char === "?");
  if (mark === void 0) return false;
  addFinding(walk, mark.offset, "yaml-key-type", "Field names are words written as `name: value`; explicit `? key` entries (complex keys) are not allowed.");
  walk.stopped = true;
  return true;
}
function visitMapping(walk, event, start, pointer, depth) {
  const text4 = walk.source.text;
  const object = event.result;
  if (!isPlainObject(object)) return;
  const kids = event.children;
  const flow3 = text4.charAt(start) === "{" && !(kids[0] !== void 0 && kids[0].open === start);
  let previousEnd = flow3 ? start + 1 : start;
  for (let i = 0; i < kids.length && !walk.stopped; ) {
    const keyEvent = kids[i];
    if (refuseExplicitKey(walk, gapIndicators(text4, previousEnd, keyEvent.open))) return;
    if (!flow3 && keyEvent.kind === null) break;
    const next = kids[i + 1];
    const after = gapIndicators(text4, keyEvent.close, next ? next.open : event.close);
    const hasValue = next !== void 0 && after[0]?.char === ":";
    const key = visitKey(walk, keyEvent);
    if (key === void 0) return;
    const child = rememberedPointerChild(pointer, key.key);
    if (hasValue) {
      const colon = after[0];
      visitValue(walk, next, { pointer: child, keyOffset: key.offset, emptyOffset: colon.offset + 1, depth });
      previousEnd = next.close;
      i += 2;
    } else {
      if (!countNode(walk, key.offset)) return;
      record(walk, { pointer: child, keyOffset: key.offset, depth }, key.offset);
      previousEnd = keyEvent.close;
      i += 1;
    }
  }
}
function visitFlowSequence(walk, event, start, pointer, depth) {
  const text4 = walk.source.text;
  const array = event.result;
  if (!Array.isArray(array)) return;
  const kids = event.children;
  let previousEnd = start + 1;
  let index2 = 0;
  for (let i = 0; i < kids.length && !walk.stopped; index2 += 1) {
    const first = kids[i];
    if (refuseExplicitKey(walk, gapIndicators(text4, previousEnd, first.open))) return;
    const next = kids[i + 1];
    const after = gapIndicators(text4, first.close, next ? next.open : event.close);
    const item = rememberedPointerChild(pointer, index2);
    if (next !== void 0 && after[0]?.char === ":") {
      const keyStart = skipSeparation(text4, first.open);
      if (!countNode(walk, keyStart)) return;
      record(walk, { pointer: item, depth }, keyStart);
      if (depth + 1 > walk.limits.maxDepth) {
        addFinding(walk, keyStart, "yaml-too-deep", tooDeepMessage(walk.limits));
        walk.stopped = true;
        return;
      }
      const key = visitKey(walk, first);
      if (key === void 0) return;
      const colon = after[0];
      visitValue(walk, next, { pointer: rememberedPointerChild(item, key.key), keyOffset: key.offset, emptyOffset: colon.offset + 1, depth: depth + 1 });
      previousEnd = next.close;
      i += 2;
    } else {
      visitValue(walk, first, { pointer: item, depth });
      previousEnd = first.close;
      i += 1;
    }
  }
}
function visitBlockSequence(walk, event, start, pointer, depth) {
  const text4 = walk.source.text;
  const array = event.result;
  if (!Array.isArray(array)) return;
  const kids = event.children;
  const dashes = [];
  let from = start;
  for (const kid of [...kids, void 0]) {
    const to = kid ? kid.open : event.close;
    for (const g2 of gapIndicators(text4, from, to)) if (g2.char === "-") dashes.push(g2.offset);
    if (kid) from = kid.close;
  }
  let k2 = 0;
  dashes.forEach((dash, index2) => {
    if (walk.stopped) return;
    const kid = kids[k2];
    const nextDash = dashes[index2 + 1];
    const place = { pointer: rememberedPointerChild(pointer, index2), emptyOffset: dash, depth };
    if (kid !== void 0 && kid.open > dash && (nextDash === void 0 || kid.open < nextDash)) {
      k2 += 1;
      visitValue(walk, kid, place);
    } else {
      if (!countNode(walk, dash)) return;
      record(walk, place, dash);
    }
  });
}
function checkScalar(walk, event, start) {
  const text4 = walk.source.text;
  const style = text4.charAt(start);
  if (style === "|" || style === ">") {
    walk.blockScalars.push([start, event.close]);
    return;
  }
  if (style === '"' || style === "'") return;
  const raw = text4.slice(start, Math.max(start, event.close)).trimEnd();
  const value2 = event.result;
  const reason = coercion(raw, value2);
  if (reason !== void 0) {
    const quoted2 = JSON.stringify(raw);
    const advice = typeof value2 !== "number" ? `quote this value (${quoted2}) so it is read as written` : Number.isSafeInteger(value2) || Number.isFinite(value2) && !Number.isInteger(value2) ? `if it is a number, write it plainly (${plainNumber(value2)}); if it is text, quote it (${quoted2})` : `if it is a number, write one within range; if it is text, quote it (${quoted2})`;
    addFinding(walk, start, "yaml-coerced", `\`${raw}\` ${reason}; ${advice}.`);
  }
}
function plainNumber(value2) {
  const text4 = String(value2);
  return /e/i.test(text4) ? value2.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : text4;
}
var ROOT_KIND_WORDS = {
  sequence: "a list",
  scalar: "a single value"
};
function sortFindings(findings) {
  return findings.sort((a, b2) => a.line - b2.line || a.column - b2.column);
}
function loadSubset(bytes, limits) {
  if (bytes.length > limits.maxBytes) return void 0;
  let text4;
  try {
    text4 = STRICT_UTF8.decode(bytes);
  } catch {
    return void 0;
  }
  const locations = new PackedLocations(new LazySourceText(text4));
  const value2 = readYamlSubset(text4, limits, (pointer, valueOffset, keyOffset) => locations.add(pointer, valueOffset, keyOffset));
  return value2 ? { ok: true, value: value2, locations, text: text4 } : void 0;
}
var CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;
function loadChecked(path2, bytes, limits) {
  const fail = (found) => {
    const seen = /* @__PURE__ */ new Set();
    const unique = found.filter((f) => {
      const id = `${f.line}:${f.column}:${f.rule}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    return { ok: false, findings: sortFindings(unique.map((f) => ({ path: path2, ...f }))) };
  };
  if (bytes.length > limits.maxBytes) {
    return fail([
      {
        line: 1,
        column: 1,
        rule: "yaml-too-large",
        message: `The file is ${bytes.length.toLocaleString("en-US")} bytes, over the ${limits.maxBytes.toLocaleString("en-US")}-byte limit; make it smaller or split it.`,
        severity: "error"
      }
    ]);
  }
  const decoded = decode(path2, bytes);
  if (!decoded.ok) return decoded;
  const source = new SourceText(decoded.text);
  const tabs = indentTabs(source);
  const tabFinding = (offset) => ({
    ...source.position(offset),
    rule: "yaml-tab",
    message: "A tab is used for indentation here; indent with spaces.",
    severity: "error"
  });
  const conflict = CONFLICT_MARKER.exec(source.text);
  if (conflict) {
    return fail([
      {
        ...source.position(conflict.index),
        rule: "yaml-conflict",
        message: "This file still holds a merge conflict (lines starting `<<<<<<<`, `=======` and `>>>>>>>`): keep the right version of the lines between them and delete the three marker lines.",
        severity: "error"
      }
    ]);
  }
  const parsed = parse(source, limits);
  if (!parsed.ok) {
    const before = tabs.map(tabFinding).filter((t) => t.line <= parsed.finding.line);
    return fail([...before, parsed.finding]);
  }
  const root = parsed.root ? unwrap(parsed.root) : void 0;
  if (root === void 0 || root.kind === null) {
    return fail([
      {
        line: 1,
        column: 1,
        rule: "yaml-empty",
        message: "The file is empty (or holds only comments); write its fields as `name: value` lines.",
        severity: "error"
      }
    ]);
  }
  const rootStart = skipSeparation(source.text, root.open);
  if (root.kind !== "mapping" || !isPlainObject(parsed.value) || parsed.value !== root.result) {
    const what = root.result === null ? "null (no value)" : ROOT_KIND_WORDS[root.kind] ?? "not a mapping";
    return fail([
      {
        ...source.position(rootStart),
        rule: "yaml-root",
        message: `The top level of the file is ${what}, not a set of fields; write the fields as \`name: value\` lines starting at column 1.`,
        severity: "error"
      }
    ]);
  }
  const walk = { source, limits, locations: new PackedLocations(source), findings: [], blockScalars: [], nodes: 0, stopped: false };
  visitValue(walk, root, { pointer: "", depth: 0 });
  const findings = [...walk.findings, ...indentTabsOutside(source, tabs, walk.blockScalars).map(tabFinding)];
  if (findings.length > 0) return fail(findings);
  return { ok: true, value: parsed.value, locations: walk.locations, text: source.text };
}

// src/rules/parsed-request.ts
function detach(text4) {
  return text4.length < 13 ? text4 : JSON.parse(JSON.stringify(text4));
}
function summarize(data) {
  switch (data.kind) {
    case "project":
      return { kind: data.kind, tag: detach(data.tag), securityGroup: detach(data.securityGroup), chargeCode: data.chargeCode === void 0 ? void 0 : detach(data.chargeCode) };
    case "ec2-instance":
      return { kind: data.kind, project: detach(data.project) };
    case "s3-bucket":
      return { kind: data.kind, project: detach(data.project), bucket: detach(data.bucket) };
    case "security-group":
      return { kind: data.kind, name: detach(data.name), chargeCodes: data.chargeCodes.map((c2) => ({ code: detach(c2.code), tag: detach(c2.tag) })) };
  }
}
function findingAt(request, pointer, rule, message, severity = "error", prefer = "value") {
  return { path: request.path, ...locate(request.locations, pointer, prefer), rule, message, severity };
}

// src/rules/cross-file.ts
var Inventory = class {
  requests = [];
  /** Lower-cased ids of request files too broken to read: references to them are not reported again. */
  unreadable = /* @__PURE__ */ new Set();
  #byId = /* @__PURE__ */ new Map();
  /** Add one file and what reading it gave: files too broken to hold a request are remembered by id only. */
  add(path2, request) {
    if (!request) {
      this.unreadable.add(requestIdOf(path2).toLowerCase());
      return;
    }
    this.requests.push(request);
    const key = request.id.toLowerCase();
    const found = this.#byId.get(key);
    if (found === void 0) this.#byId.set(key, request);
    else if (Array.isArray(found)) found.push(request);
    else this.#byId.set(key, [found, request]);
  }
  /** The first request with this id, ignoring case, of any kind. */
  first(id) {
    const found = this.#byId.get(id.toLowerCase());
    return Array.isArray(found) ? found[0] : found;
  }
  /** The request with this id, ignoring case, and kind, if there is one. */
  lookup(id, kind) {
    const found = this.#byId.get(id.toLowerCase());
    if (Array.isArray(found)) return found.find((r) => r.kind === kind);
    return found?.kind === kind ? found : void 0;
  }
  /** Every set of requests sharing one id. */
  *sharedIds() {
    for (const found of this.#byId.values()) if (Array.isArray(found)) yield found;
  }
};
function aKind(kind) {
  return `${kind === "ec2-instance" || kind === "s3-bucket" ? "an" : "a"} ${kind}`;
}
function idsOfKind(inventory, kind) {
  return inventory.requests.filter((r) => r.kind === kind).map((r) => r.id);
}
function resolveChargeCode(project, group) {
  if (project.chargeCode !== void 0) return group.chargeCodes.find((c2) => c2.tag === project.chargeCode);
  return group.chargeCodes.length === 1 ? group.chargeCodes[0] : void 0;
}
function referenceFinding(inventory, from, pointer, target, kind, noun) {
  const exact = inventory.lookup(target, kind);
  if (exact) {
    return exact.id === target ? void 0 : findingAt(from, pointer, "reference-case", `Write the ${noun} as \`${exact.id}\`, exactly as its file is named.`);
  }
  const other = inventory.first(target);
  if (other) return findingAt(from, pointer, "reference-kind", `\`${target}\` is ${aKind(other.kind)}, not a ${noun}: name a ${noun} here, by its file's name.`);
  if (inventory.unreadable.has(target.toLowerCase())) return void 0;
  const guess = closestMatch(target, idsOfKind(inventory, kind));
  return findingAt(from, pointer, "reference", `No ${noun} \`${target}\` exists under requests/${guess ? `: did you mean \`${guess}\`?` : `: add its request in the same pull request, or fix the name.`}`);
}
function crossFileFindings(inventory) {
  const findings = [];
  for (const same of inventory.sharedIds()) {
    for (const request of same) {
      const others = same.filter((r) => r !== request).map((r) => r.path);
      findings.push({ path: request.path, line: 1, column: 1, rule: "duplicate-id", message: `Another request has the same id (file name, ignoring case): ${others.join(", ")}. Rename one of them.`, severity: "error" });
    }
  }
  const unique = (kind, pointer, value2, noun) => {
    const seen = /* @__PURE__ */ new Map();
    for (const request of inventory.requests) {
      if (!request.valid || request.kind !== kind) continue;
      const key = value2(request.summary).toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, request);
        continue;
      }
      findings.push(findingAt(request, pointer, `duplicate-${noun.replace(/ /g, "-")}`, `${noun[0].toUpperCase()}${noun.slice(1)} \`${value2(request.summary)}\` is already used by ${first.path}: choose another.`));
      findings.push(findingAt(first, pointer, `duplicate-${noun.replace(/ /g, "-")}`, `${noun[0].toUpperCase()}${noun.slice(1)} \`${value2(first.summary)}\` is also used by ${request.path}: choose another.`));
    }
  };
  unique("s3-bucket", "/bucket", (s) => s.bucket, "bucket name");
  unique("project", "/tag", (s) => s.tag, "project tag");
  for (const request of inventory.requests) {
    if (!request.valid) continue;
    const data = request.summary;
    if (data.kind === "ec2-instance" || data.kind === "s3-bucket") {
      const problem = referenceFinding(inventory, request, "/project", data.project, "project", "project");
      if (problem) findings.push(problem);
    } else if (data.kind === "project") {
      const problem = referenceFinding(inventory, request, "/securityGroup", data.securityGroup, "security-group", "security group");
      if (problem) {
        findings.push(problem);
        continue;
      }
      const groupRequest = inventory.lookup(data.securityGroup, "security-group");
      if (!groupRequest?.valid || groupRequest.summary.kind !== "security-group") continue;
      const group = groupRequest.summary;
      const tags = () => group.chargeCodes.map((c2) => `\`${c2.tag}\``).join(", ");
      if (data.chargeCode === void 0 && group.chargeCodes.length > 1) {
        findings.push(findingAt(request, "/securityGroup", "charge-code-required", `${group.name} has ${group.chargeCodes.length} charge codes: add \`chargeCode:\` with one of their tags (${tags()}).`, "error", "key"));
      } else if (data.chargeCode !== void 0 && !resolveChargeCode(data, group)) {
        const guess = closestMatch(data.chargeCode, group.chargeCodes.map((c2) => c2.tag));
        findings.push(findingAt(request, "/chargeCode", "charge-code", `${group.name} has no charge code tagged \`${data.chargeCode}\`${guess ? `: did you mean \`${guess}\`?` : `; its tags are ${tags()}.`}`));
      }
    }
  }
  return findings;
}
function referrersOf(inventory, id, kind) {
  const key = id.toLowerCase();
  return inventory.requests.filter((r) => {
    if (!r.valid) return false;
    const d2 = r.summary;
    if (kind === "project") return (d2.kind === "ec2-instance" || d2.kind === "s3-bucket") && d2.project.toLowerCase() === key;
    if (kind === "security-group") return d2.kind === "project" && d2.securityGroup.toLowerCase() === key;
    return false;
  });
}

// src/rules/cidr.ts
function parseIPv4(text4) {
  const parts = text4.split(".");
  if (parts.length !== 4) return void 0;
  let value2 = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return void 0;
    value2 = value2 << 8n | BigInt(part);
  }
  return value2;
}
function parseIPv6(text4) {
  const halves = text4.split("::");
  if (halves.length > 2) return void 0;
  const groups = (half) => half === "" ? [] : half.split(":");
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0 || halves.length === 2 && missing < 1) return void 0;
  let value2 = 0n;
  for (const group of [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return void 0;
    value2 = value2 << 16n | BigInt(`0x${group}`);
  }
  return value2;
}
function parseCidr(text4) {
  const [address = "", prefixText, extra] = text4.split("/");
  if (extra !== void 0) return void 0;
  const family = address.includes(":") ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  const base = family === 4 ? parseIPv4(address) : parseIPv6(address);
  if (base === void 0) return void 0;
  if (prefixText !== void 0 && !/^(0|[1-9]\d{0,2})$/.test(prefixText)) return void 0;
  const prefix = prefixText === void 0 ? bits : Number(prefixText);
  if (prefix > bits) return void 0;
  const hostBits = BigInt(bits - prefix);
  const mask = (1n << hostBits) - 1n;
  const first = base & ~mask;
  return { family, first, last: first | mask };
}
function rangeWithin(inner, outer) {
  return inner.family === outer.family && inner.first >= outer.first && inner.last <= outer.last;
}

// src/rules/classify.ts
function indexPolicy(policy) {
  return {
    standard: new Set(policy.software.standard.map((s) => s.toLowerCase())),
    preApproved: new Map(policy.software.preApproved.map((p) => [p.name.toLowerCase(), p.note])),
    languageSources: new Set(policy.software.languageSources.map((s) => s.toLowerCase())),
    internal: policy.networks.internal.map((cidr) => parseCidr(cidr)).filter((r) => r !== void 0),
    names: [...policy.software.standard, ...policy.software.preApproved.map((p) => p.name)]
  };
}
function softwareName(item) {
  return typeof item === "string" ? item : item.name;
}
function standardSoftwareReason(index2, item) {
  const name = softwareName(item).toLowerCase();
  const source = typeof item === "string" ? "redhat" : (item.source ?? "redhat").toLowerCase();
  if (index2.languageSources.has(source)) return `a ${source} package`;
  if (index2.preApproved.has(name)) return "pre-approved in policy.yml";
  if (source === "redhat" && index2.standard.has(name)) return "in the Red Hat catalogue";
  return void 0;
}
function catalogueSuggestion(index2, item) {
  if (typeof item !== "string" && (item.source ?? "redhat").toLowerCase() !== "redhat") return void 0;
  if (standardSoftwareReason(index2, item)) return void 0;
  const name = softwareName(item);
  const guess = closestMatch(name, index2.names);
  const withoutVersion = (text4) => text4.toLowerCase().replace(/[0-9.]+/g, "");
  if (guess && /\d/.test(name) && /\d/.test(guess) && withoutVersion(name) === withoutVersion(guess)) return void 0;
  return guess;
}
function isInternal(index2, cidr) {
  const range = parseCidr(cidr);
  return range !== void 0 && index2.internal.some((net) => rangeWithin(range, net));
}
function classifyInstance(index2, data) {
  const application = [];
  data.software.forEach((item, i) => {
    if (standardSoftwareReason(index2, item)) return;
    const how = typeof item === "string" || !item.source ? "" : ` (installed from ${item.source})`;
    const guess = catalogueSuggestion(index2, item);
    const typo = guess ? ` Did you mean \`${guess}\`, which is?` : "";
    application.push({ pointer: `/software/${i}`, rule: "non-standard-software", message: `\`${softwareName(item)}\`${how} is not standard software: it is neither in the Red Hat catalogue nor pre-approved.${typo}` });
  });
  data.inbound.forEach((rule, i) => {
    if (isInternal(index2, rule.from)) return;
    const ports = rule.toPort && rule.toPort !== rule.port ? `${rule.port}-${rule.toPort}` : String(rule.port);
    application.push({ pointer: `/inbound/${i}/from`, rule: "public-inbound", message: `Inbound ${rule.protocol}/${ports} from \`${rule.from}\` comes from outside the internal networks.` });
  });
  if (application.length > 0) return { useCase: "application", drafts: application };
  const standard = data.software.map((item) => `\`${softwareName(item)}\` (${standardSoftwareReason(index2, item)})`);
  return {
    useCase: "computation",
    drafts: [
      { pointer: "/software", rule: "standard-software", message: standard.length ? `All software is standard: ${standard.join(", ")}.` : "No software beyond the operating system." },
      { pointer: "/inbound", rule: "internal-inbound", message: data.inbound.length ? "All inbound traffic comes from internal networks." : "No inbound traffic." }
    ]
  };
}
function classifyBucket(data) {
  return data.publicAccess ? { useCase: "application", drafts: [{ pointer: "/publicAccess", rule: "public-bucket", message: "The bucket allows public access from the internet." }] } : { useCase: "computation", drafts: [{ pointer: "/publicAccess", rule: "private-bucket", message: "The bucket is private." }] };
}
function draftClassification(index2, request) {
  if (!request.valid) return void 0;
  if (request.data.kind === "ec2-instance") return classifyInstance(index2, request.data);
  if (request.data.kind === "s3-bucket") return classifyBucket(request.data);
  return void 0;
}
function useCaseOf(index2, request) {
  if (!request.valid) return void 0;
  const data = request.data;
  if (data.kind === "ec2-instance") {
    const application = data.software.some((item) => !standardSoftwareReason(index2, item)) || data.inbound.some((rule) => !isInternal(index2, rule.from));
    return application ? "application" : "computation";
  }
  if (data.kind === "s3-bucket") return data.publicAccess ? "application" : "computation";
  return void 0;
}
function classifyRequest(index2, request) {
  const draft = draftClassification(index2, request);
  if (!draft) return void 0;
  const reasons = draft.drafts.map(({ pointer, rule, message }) => {
    const { path: path2, line, column } = findingAt(request, pointer, rule, message);
    return { path: path2, line, column, rule, message };
  });
  return { useCase: draft.useCase, reasons };
}

// src/rules/tags.ts
var MAX_TAGS = 50;
var MAX_TAG_KEY = 128;
var MAX_TAG_VALUE = 256;
var ALLOWED = /^[\p{L}\p{Z}\p{N}+\-=._:/@]*$/u;
var PLAIN = /^[A-Za-z0-9 +\-=._:/@]*$/;
function tagProblems(key, value2) {
  const problems = [];
  if (PLAIN.test(key) && PLAIN.test(value2) && key.length >= 1 && key.length <= MAX_TAG_KEY && value2.length <= MAX_TAG_VALUE && !/^aws:/i.test(key)) return problems;
  const keyLength = [...key].length;
  const valueLength = [...value2].length;
  if (keyLength < 1 || keyLength > MAX_TAG_KEY) problems.push(`tag key must be 1 to ${MAX_TAG_KEY} characters`);
  if (valueLength > MAX_TAG_VALUE) problems.push(`tag value must be at most ${MAX_TAG_VALUE} characters (it has ${valueLength})`);
  if (!ALLOWED.test(key)) problems.push("tag key may contain only letters, digits, spaces and + - = . _ : / @");
  if (!ALLOWED.test(value2)) problems.push("tag value may contain only letters, digits, spaces and + - = . _ : / @");
  if (/^aws:/i.test(key)) problems.push("tag key must not start with `aws:` (reserved by AWS)");
  return problems;
}

// src/rules/resource-tags.ts
function sourceValue(from, context) {
  const charge = resolveChargeCode(context.project, context.group);
  switch (from) {
    case "project.tag":
      return context.project.tag;
    case "chargeCode.code":
      return charge?.code;
    case "chargeCode.tag":
      return context.group.chargeCodes.length > 1 ? charge?.tag : void 0;
    case "securityGroup":
      return context.project.securityGroup;
    case "useCase":
      return context.useCase;
    case "environment":
      return context.environment;
    case "dataClassification":
      return context.project.data.classification;
    case "requestId":
      return context.requestId;
    case "requestFile":
      return context.requestFile;
    case "approvers":
      return context.approvers?.length ? context.approvers.join(" ") : void 0;
    case "account":
      return context.account;
    default:
      return void 0;
  }
}
function resourceTags(policy, context) {
  const tags = [];
  const problems = [];
  for (const spec of policy.tags) {
    const value2 = spec.from === "literal" ? spec.value : sourceValue(spec.from, context);
    if (value2 === void 0 || value2 === "") {
      if (!spec.optional && !(spec.from === "requestId" && context.requestId === void 0)) {
        problems.push({ text: `tag \`${spec.key}\` has no value (from \`${spec.from}\`)`, from: spec.from });
      }
      continue;
    }
    for (const problem of tagProblems(spec.key, value2)) problems.push({ text: `\`${spec.key}\`: ${problem}`, from: spec.from });
    tags.push({ key: spec.key, value: value2 });
  }
  if (tags.length > MAX_TAGS) problems.push({ text: `${tags.length} tags is more than AWS allows on one resource (${MAX_TAGS})`, from: "policy" });
  return { tags, problems };
}
function tagChanges(before, after) {
  const [was, is2] = [new Map(before.map((t) => [t.key, t.value])), new Map(after.map((t) => [t.key, t.value]))];
  const keys = [.../* @__PURE__ */ new Set([...was.keys(), ...is2.keys()])];
  return keys.filter((key) => was.get(key) !== is2.get(key)).map((key) => ({ key, before: was.get(key) ?? "", after: is2.get(key) ?? "" }));
}

// src/rules/tickets.ts
var MAX_TITLE = 256;
var ACTION_TEXT = {
  create: "create",
  change: "change",
  decommission: "decommission",
  promote: "create in production (promotion)",
  retag: "update tags"
};
function instanceSpecs(data) {
  const specs = [
    { label: "Memory (RAM)", value: `${data.requirements.memoryGiB} GiB` },
    { label: "vCPUs", value: String(data.requirements.vcpus) }
  ];
  if (data.requirements.gpus) specs.push({ label: "GPUs", value: String(data.requirements.gpus) });
  specs.push({ label: "Instance type", value: data.instanceType ?? "IT services to choose from the requirements" });
  specs.push({ label: "Operating system", value: data.os });
  specs.push({ label: "System disk", value: `${data.storage.rootGiB} GiB ${data.storage.type ?? "gp3"}` });
  if (data.storage.dataGiB) specs.push({ label: "Data disk", value: `${data.storage.dataGiB} GiB ${data.storage.type ?? "gp3"}` });
  specs.push({ label: "Stop automatically when idle", value: data.autoStop ? "yes" : "no" });
  if (data.purpose) specs.push({ label: "Purpose", value: data.purpose });
  return specs;
}
function bucketSpecs(data) {
  const specs = [
    { label: "Bucket name", value: data.bucket },
    { label: "Expected size", value: `${data.expectedSizeGB} GB` },
    { label: "Versioning", value: data.versioning ? "on" : "off" },
    { label: "Public access", value: data.publicAccess ? "allowed (public)" : "blocked" }
  ];
  for (const rule of data.lifecycle ?? []) specs.push({ label: "Lifecycle", value: `delete objects under ${rule.prefix || "(all)"} after ${rule.expireDays} days` });
  if (data.purpose) specs.push({ label: "Purpose", value: data.purpose });
  return specs;
}
function projectView(project, group, id) {
  if (!project) return null;
  const charge = group ? project.chargeCode ? group.chargeCodes.find((c2) => c2.tag === project.chargeCode) : group.chargeCodes.length === 1 ? group.chargeCodes[0] : void 0 : void 0;
  return {
    id,
    name: project.name,
    tag: project.tag,
    contact: `${project.contact.name} <${project.contact.email}>`,
    ttl: project.ttl.name,
    unit: project.ttl.unit,
    unitManager: project.ttl.unitManager,
    useCase: project.useCase,
    classification: project.data.classification,
    sizeGB: project.data.sizeGB,
    codeDevelopment: project.codeDevelopment,
    access: project.access.map((a) => `${a.who} (${a.type}, ${a.device})`),
    securityGroup: project.securityGroup,
    chargeCode: charge ? group && group.chargeCodes.length > 1 ? `${charge.code} (${charge.tag})` : charge.code : ""
  };
}
var tagRow = (c2, field) => ({ field, before: c2.before || "(none)", after: c2.after || "(removed)" });
function bareRequest(fields, action) {
  return {
    ...fields,
    action,
    actionText: ACTION_TEXT[action],
    isCreate: action === "create",
    isChange: action === "change",
    isDecommission: action === "decommission",
    isPromotion: action === "promote",
    isRetag: action === "retag",
    retagReason: null,
    specs: [],
    software: [],
    hasNonStandardSoftware: false,
    inbound: [],
    internetAccess: [],
    project: null,
    supportGroupApplied: true,
    hasChanges: fields.changes.length > 0,
    testedInDevelopment: null,
    developmentTicket: null,
    group: null
  };
}
function ticketRequest(policy, verdict, context) {
  const index2 = indexPolicy(policy);
  const action = verdict.change === "created" ? "create" : verdict.change === "removed" ? "decommission" : verdict.change === "promoted" ? "promote" : "change";
  const data = verdict.request;
  const changes = [
    ...verdict.diff.map((d2) => ({ field: d2.field, before: d2.before ?? "(none)", after: d2.after ?? "(removed)" })),
    ...verdict.tagChanges.map((c2) => tagRow(c2, `tag ${c2.key}`))
  ];
  const base = bareRequest({ id: verdict.id, kind: verdict.kind, path: verdict.path, useCase: verdict.useCase, environment: verdict.environment, account: verdict.account, changes, tags: verdict.tags }, action);
  base.developmentTicket = context.developmentTickets?.get(verdict.id) ?? null;
  if (!data) return base;
  if (data.kind === "ec2-instance" || data.kind === "s3-bucket") {
    base.project = projectView(verdict.project, verdict.group, data.project);
    base.supportGroupApplied = data.dimeAnalyticsAccess !== false;
    base.testedInDevelopment = data.testedInDevelopment ?? null;
    const approvers = [...new Set(context.approvals.flatMap((a) => a.approvedBy))];
    if (verdict.project && verdict.group && verdict.useCase && verdict.environment && verdict.account && action !== "decommission") {
      base.tags = resourceTags(policy, {
        project: verdict.project,
        group: verdict.group,
        useCase: verdict.useCase,
        environment: verdict.environment,
        account: verdict.account,
        requestFile: verdict.path,
        requestId: context.pullRequest ? `${context.pullRequest.repository}/pull/${context.pullRequest.number}` : void 0,
        approvers
      }).tags;
    }
  }
  if (data.kind === "ec2-instance") {
    base.specs = instanceSpecs(data);
    base.software = data.software.map((item) => {
      const reason = standardSoftwareReason(index2, item);
      return {
        name: softwareName(item),
        source: typeof item === "string" ? "redhat" : item.source ?? "redhat",
        standard: reason !== void 0,
        note: reason ?? "non-standard",
        why: typeof item === "string" ? "" : item.why ?? ""
      };
    });
    base.hasNonStandardSoftware = base.software.some((s) => !s.standard);
    base.inbound = data.inbound.map((r) => `${r.protocol}/${r.toPort && r.toPort !== r.port ? `${r.port}-${r.toPort}` : r.port} from ${r.from}${r.why ? ` (${r.why})` : ""}`);
    base.internetAccess = data.internetAccess;
  } else if (data.kind === "s3-bucket") {
    base.specs = bucketSpecs(data);
  } else if (data.kind === "project") {
    base.project = projectView(data, verdict.group, verdict.id);
  } else {
    base.group = {
      name: data.name,
      team: `${data.team.name} (${data.team.code})`,
      owners: data.owners.map((o) => `${o.name} (${o.cAccount}${o.role === policy.supportGroup.ownerRole ? `, ${policy.reviewers.support.name}` : ""}${o.displayed ? ", displayed" : ""})`),
      members: data.members,
      chargeCodes: data.chargeCodes.map((c2) => `${c2.code} (${c2.tag})`)
    };
  }
  return base;
}
function retagRequest(retag) {
  const changes = retag.changes.map((c2) => tagRow(c2, c2.key));
  const { id, kind, path: path2, useCase, environment, account } = retag;
  return { ...bareRequest({ id, kind, path: path2, useCase, environment, account, changes, tags: [] }, "retag"), retagReason: retag.because };
}
function splitTicket(ticket, parts) {
  if (parts.length <= 1) return [ticket];
  const where = ticket.key === "its-directory" ? " (directory groups and project tags)" : ticket.account ? ` in ${ticket.account}` : "";
  const prefix = ticket.type === "checklist" ? "Group membership" : "ITS";
  return parts.map((requests, i) => ({
    ...ticket,
    key: `${ticket.key}-part-${i + 1}`,
    title: title(prefix, requests, `${where} (part ${i + 1} of ${parts.length})`),
    requests
  }));
}
function title(prefix, requests, where) {
  const parts = requests.map((r) => `${r.action === "promote" ? "promote" : r.action} ${r.kind} ${r.id}`);
  let text4 = `${prefix}: ${parts.join(", ")}${where}`;
  for (let shown = parts.length - 1; text4.length > MAX_TITLE && shown > 0; shown--) {
    text4 = `${prefix}: ${parts.slice(0, shown).join(", ")} and ${parts.length - shown} more${where}`;
  }
  return text4.length > MAX_TITLE ? `${text4.slice(0, MAX_TITLE - 1)}\u2026` : text4;
}
function approvalsView(context) {
  const commit = context.pullRequest?.headSha.slice(0, 7) ?? "";
  return context.approvals.map((a) => ({ name: a.name, by: a.approvedBy.length ? a.approvedBy.join(", ") : "not yet approved", commit }));
}
function sameItems(a, b2) {
  const key = (items) => JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
  return a.length === b2.length && key(a) === key(b2);
}
function membershipDiff(before, after) {
  const owners = (g2) => g2.owners.map((o) => o.cAccount);
  return {
    group: after.name,
    add: after.members.filter((m) => !before.members.includes(m)),
    remove: before.members.filter((m) => !after.members.includes(m)),
    addOwners: owners(after).filter((o) => !owners(before).includes(o)),
    removeOwners: owners(before).filter((o) => !owners(after).includes(o))
  };
}
function planTickets(policy, evaluation, context) {
  const common2 = { region: policy.region, organisation: policy.organisation, approvals: approvalsView(context) };
  const byAccount = /* @__PURE__ */ new Map();
  const directory = [];
  const checklists = [];
  for (const verdict of evaluation.requests) {
    const request = ticketRequest(policy, verdict, context);
    if ((verdict.kind === "ec2-instance" || verdict.kind === "s3-bucket") && verdict.account) {
      const key = verdict.environment === "development" ? "development" : "production";
      byAccount.set(key, [...byAccount.get(key) ?? [], request]);
    } else if (verdict.kind === "security-group" && verdict.change === "changed" && verdict.previous?.kind === "security-group" && verdict.request?.kind === "security-group") {
      const diff = membershipDiff(verdict.previous, verdict.request);
      if (diff.add.length + diff.remove.length + diff.addOwners.length + diff.removeOwners.length > 0) {
        checklists.push({
          ...common2,
          key: `owners-${verdict.id}`,
          type: "checklist",
          title: title("Group membership", [request], ""),
          account: null,
          useCase: null,
          requests: [request],
          // The owners the directory has now apply the change: an owner being added cannot yet, one being removed still can.
          assignees: verdict.previous.owners.map((o) => o.github).filter((g2) => Boolean(g2)),
          checklist: diff
        });
      }
      const displayed = (g2) => g2.owners.find((o) => o.displayed)?.cAccount;
      const [before, after] = [verdict.previous, verdict.request];
      const reordered = (field) => (field === "chargeCodes" || field === "units") && sameItems(before[field], after[field]);
      if (verdict.diff.some((d2) => !/^(owners|members)$/.test(d2.field) && !reordered(d2.field)) || displayed(before) !== displayed(after)) directory.push(request);
    } else if (verdict.kind !== "project" || verdict.change !== "changed" || verdict.diff.length > 0) {
      directory.push(request);
    }
  }
  for (const retag of evaluation.retags) byAccount.set(retag.environment, [...byAccount.get(retag.environment) ?? [], retagRequest(retag)]);
  const tickets = [];
  for (const key of ["production", "development"]) {
    const requests = byAccount.get(key);
    if (!requests) continue;
    const account = policy.accounts[key];
    const useCase = requests.some((r) => r.useCase === "application") ? "application" : "computation";
    tickets.push({ ...common2, key: `its-${key}`, type: "its", title: title("ITS", requests, ` in ${account}`), account, useCase, requests, assignees: [...policy.tickets.handlers], checklist: null });
  }
  if (directory.length > 0) {
    tickets.push({ ...common2, key: "its-directory", type: "its", title: title("ITS", directory, " (directory groups and project tags)"), account: null, useCase: null, requests: directory, assignees: [...policy.tickets.handlers], checklist: null });
  }
  return [...tickets, ...checklists];
}

// src/model/mustache.ts
var TemplateError = class extends Error {
};
var TAG = /\{\{\s*([#^/!&]?)\s*([^}]*?)\s*\}\}/g;
function parse2(template) {
  const source = template.replace(/^[ \t]*(\{\{\s*[#^/!][^}]*\}\})[ \t]*\r?\n/gm, "$1");
  const root = [];
  const stack = [{ name: "", children: root }];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, sigil = "", name = ""] = match;
    const top = stack[stack.length - 1];
    if (match.index > last) top.children.push({ type: "text", text: source.slice(last, match.index) });
    last = match.index + whole.length;
    if (sigil === "!") continue;
    if (!/^(\.|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$/.test(name)) {
      throw new TemplateError(`\`${whole}\` is not a valid placeholder: use letters, digits, _ and dots.`);
    }
    if (sigil === "#" || sigil === "^") {
      const section = { type: "section", name, inverted: sigil === "^", children: [] };
      top.children.push(section);
      stack.push({ name, children: section.children });
    } else if (sigil === "/") {
      if (top.name !== name) throw new TemplateError(`\`${whole}\` closes ${top.name ? `\`{{#${top.name}}}\`` : "nothing"}.`);
      stack.pop();
    } else {
      top.children.push({ type: "value", name, raw: sigil === "&" });
    }
  }
  if (stack.length > 1) throw new TemplateError(`\`{{#${stack[stack.length - 1].name}}}\` is never closed.`);
  if (last < source.length) root.push({ type: "text", text: source.slice(last) });
  return root;
}
function lookup(scopes, name) {
  if (name === ".") return scopes[scopes.length - 1];
  const [head = "", ...rest] = name.split(".");
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope !== null && typeof scope === "object" && !Array.isArray(scope) && Object.hasOwn(scope, head)) {
      let value2 = scope[head];
      for (const key of rest) {
        value2 = value2 !== null && typeof value2 === "object" && !Array.isArray(value2) && Object.hasOwn(value2, key) ? value2[key] : void 0;
      }
      return value2;
    }
  }
  return void 0;
}
function truthy(value2) {
  if (Array.isArray(value2)) return value2.length > 0;
  return value2 !== void 0 && value2 !== null && value2 !== false && value2 !== "";
}
function render(nodes, scopes, escape) {
  let out = "";
  for (const node2 of nodes) {
    if (node2.type === "text") out += node2.text;
    else if (node2.type === "value") {
      const value2 = lookup(scopes, node2.name);
      if (value2 !== void 0 && value2 !== null && typeof value2 !== "object") out += node2.raw ? String(value2) : escape(String(value2));
    } else {
      const value2 = lookup(scopes, node2.name);
      if (node2.inverted) {
        if (!truthy(value2)) out += render(node2.children, scopes, escape);
      } else if (Array.isArray(value2)) {
        for (const item of value2) out += render(node2.children, [...scopes, item], escape);
      } else if (truthy(value2)) {
        out += render(node2.children, typeof value2 === "object" ? [...scopes, value2] : scopes, escape);
      }
    }
  }
  return out;
}
function templateProblem(template) {
  try {
    parse2(template);
    return void 0;
  } catch (error) {
    return error.message;
  }
}
function renderTemplate(template, view, escape = (t) => t) {
  return render(parse2(template), [view], escape);
}

// src/render/ticket.ts
function ticketMarker(pullRequest, key) {
  return `<!-- aws-requests:ticket pr=${pullRequest} ticket=${encodeURIComponent(key)} -->`;
}
function requestMarker(id, environment) {
  return `<!-- aws-requests:request id=${encodeURIComponent(id)} environment=${encodeURIComponent(environment)} -->`;
}
function ticketView(ticket, context) {
  const pr = context.pullRequest;
  return {
    ...JSON.parse(JSON.stringify(ticket)),
    pullRequest: pr ? { id: `${pr.repository}#${pr.number}`, url: pr.url } : null,
    mergeCommit: pr?.mergeCommitSha ? pr.mergeCommitSha.slice(0, 7) : ""
  };
}
function renderTicket(policy, ticket, context, format) {
  const template = ticket.type === "checklist" ? policy.tickets.checklist : format === "markdown" ? policy.tickets.markdown : policy.tickets.text;
  const escape = format === "markdown" ? escapeInline : (text5) => text5;
  const text4 = renderTemplate(template, ticketView(ticket, context), escape).replace(/\n{3,}/g, "\n\n").trim();
  return `${text4}
`;
}
var MAX_ISSUE_BODY = 65536;
var CUT_NOTE = "\n\n\u2026 The rest of this ticket is cut: GitHub limits an issue to 65,536 characters. The pull request has the whole change.\n";
function renderTicketIssue(policy, ticket, context) {
  const body = issueBody(policy, ticket, context);
  return body.length <= MAX_ISSUE_BODY ? body : `${body.slice(0, MAX_ISSUE_BODY - CUT_NOTE.length)}${CUT_NOTE}`;
}
function issueBody(policy, ticket, context) {
  const markers2 = [ticketMarker(context.pullRequest?.number ?? 0, ticket.key), ...ticket.requests.filter((r) => r.environment && !r.isRetag).map((r) => requestMarker(r.id, r.environment))];
  return `${markers2.join("\n")}
${unapprovedWarning(context)}${renderTicket(policy, ticket, context, "markdown")}`;
}
function missingApprovals(approvals) {
  return approvals.filter((a) => "satisfied" in a && !a.satisfied).map((a) => a.name);
}
function unapprovedWarning(context) {
  const missing = missingApprovals(context.approvals);
  if (missing.length === 0) return "";
  return `> [!CAUTION]
> This pull request was merged without the approval of ${missing.map(escapeInline).join(" and ")}. Do not act on this ticket until they have confirmed it on the pull request.

`;
}
function fitTickets(policy, tickets, context, maxLength = MAX_ISSUE_BODY) {
  return tickets.flatMap((ticket) => {
    const fits = (requests) => issueBody(policy, { ...ticket, requests }, context).length <= maxLength - 200;
    if (fits(ticket.requests)) return [ticket];
    const parts = [];
    let part = [];
    for (const request of ticket.requests) {
      if (part.length > 0 && !fits([...part, request])) {
        parts.push(part);
        part = [];
      }
      part.push(request);
    }
    parts.push(part);
    return splitTicket(ticket, parts);
  });
}

// src/model/types.ts
var REQUEST_KINDS = ["project", "ec2-instance", "s3-bucket", "security-group"];

// src/model/validators.generated.js
var equalModule = __toESM(require_equal(), 1);
var ucs2lengthModule = __toESM(require_ucs2length(), 1);
var equal = typeof equalModule.default === "function" ? equalModule.default : equalModule.default.default;
var ucs2length = typeof ucs2lengthModule.default === "function" ? ucs2lengthModule.default : ucs2lengthModule.default.default;
var Pe = K;
var k = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "project.schema.json", title: "Project", description: "A research project: who runs it, who pays, what data it holds. Resources (instances, buckets) belong to a project.", type: "object", additionalProperties: false, required: ["kind", "name", "tag", "securityGroup", "contact", "ttl", "useCase", "data", "codeDevelopment", "access"], properties: { kind: { const: "project", description: "Always `project` for this kind of request." }, name: { $ref: "defs.schema.json#/$defs/shortText", description: "The project's full name, e.g. `ieConnect Kenya impact evaluation`." }, tag: { type: "string", minLength: 3, maxLength: 64, pattern: "^[a-z0-9]+$", description: "The short project name IT services uses as the project tag, lower case letters and digits, e.g. `dimeieconnectkenya`." }, securityGroup: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9-]+$", description: "The directory group whose members may start and stop this project's instances, e.g. `WBGMaster-DIME-IC-Admin`. It must have a request under requests/." }, chargeCode: { type: "string", minLength: 1, maxLength: 63, pattern: "^[a-z0-9][a-z0-9-]*$", description: "Which of the security group's charge codes pays for this project, by its tag. Required when the group has several charge codes; filled in automatically when it has one." }, contact: { type: "object", additionalProperties: false, required: ["name", "email"], description: "The person IT services and reviewers contact about this project.", properties: { name: { $ref: "defs.schema.json#/$defs/shortText", description: "Full name." }, email: { $ref: "defs.schema.json#/$defs/email", description: "E-mail address." }, github: { $ref: "defs.schema.json#/$defs/githubLogin", description: "GitHub user name, so reviewers can reach them on the pull request." } } }, ttl: { type: "object", additionalProperties: false, required: ["name", "unit", "unitManager"], description: "The task team leader (TTL) responsible for the project.", properties: { name: { $ref: "defs.schema.json#/$defs/shortText", description: "The TTL's full name." }, unit: { type: "string", minLength: 2, maxLength: 20, pattern: "^[A-Z0-9]+$", description: "The TTL's unit code in capitals, e.g. `DECIE`." }, unitManager: { $ref: "defs.schema.json#/$defs/shortText", description: "The unit manager's full name." } } }, useCase: { type: "string", minLength: 40, maxLength: 4e3, description: "What the resources are for: their role in the workflow, where the data comes from and where results go. Write at least a few sentences; reviewers and the Office of Information Security read it." }, data: { type: "object", additionalProperties: false, required: ["classification", "sizeGB"], description: "The data the project stores or processes.", properties: { classification: { type: "string", minLength: 1, maxLength: 40, description: "The data's information classification, one of the levels in policy.yml (e.g. `official-use-only`). Mandatory for the Office of Information Security." }, sizeGB: { type: "number", exclusiveMinimum: 0, maximum: 1e7, description: "Approximate size of the data in GB." } } }, codeDevelopment: { type: "string", enum: ["local", "github", "on-instance"], description: "Where the code is developed: on laptops (`local`), in a GitHub repository (`github`), or directly on the instance (`on-instance`)." }, access: { type: "array", minItems: 1, maxItems: 50, description: "Who needs access and from which device.", items: { type: "object", additionalProperties: false, required: ["who", "type", "device"], properties: { who: { $ref: "defs.schema.json#/$defs/shortText", description: "The people, e.g. `research team` or a name." }, type: { type: "string", enum: ["staff", "consultant", "external"], description: "Their contract type: staff, consultant or external." }, device: { type: "string", enum: ["wb-laptop", "wb-desktop", "personal", "other"], description: "The device they connect from." } } } } } };
var L = { type: "string", minLength: 1, maxLength: 200, description: "A short line of text." };
var M = { type: "string", maxLength: 254, format: "email", description: "An e-mail address." };
var z = { type: "string", minLength: 1, maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", description: "A GitHub user name, without the @." };
var H = Object.prototype.hasOwnProperty;
var u = ucs2length;
var me = new RegExp("^[a-z0-9]+$", "u");
var U = new RegExp("^[A-Za-z0-9-]+$", "u");
var te = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var re = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
var ae = new RegExp("^[A-Z0-9]+$", "u");
var ce = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function K(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = K.evaluated;
  if ($.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0), m && typeof m == "object" && !Array.isArray(m)) {
    if (m.kind === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.name === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.tag === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.securityGroup === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "securityGroup" }, message: "must have required property 'securityGroup'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.contact === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.ttl === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ttl" }, message: "must have required property 'ttl'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.useCase === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "useCase" }, message: "must have required property 'useCase'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.data === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.codeDevelopment === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "codeDevelopment" }, message: "must have required property 'codeDevelopment'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.access === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "access" }, message: "must have required property 'access'", schema: k.required, parentSchema: k, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    for (const o in m) if (!H.call(k.properties, o)) {
      const n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: k, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.kind !== void 0) {
      let o = m.kind;
      if (o !== "project") {
        const n = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "project" }, message: "must be equal to constant", schema: "project", parentSchema: k.properties.kind, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.name !== void 0) {
      let o = m.name;
      if (typeof o == "string") {
        if (u(o) > 200) {
          const n = { instancePath: i + "/name", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/name", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/name", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.tag !== void 0) {
      let o = m.tag;
      if (typeof o == "string") {
        if (u(o) > 64) {
          const n = { instancePath: i + "/tag", schemaPath: "#/properties/tag/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: k.properties.tag, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 3) {
          const n = { instancePath: i + "/tag", schemaPath: "#/properties/tag/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: k.properties.tag, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (!me.test(o)) {
          const n = { instancePath: i + "/tag", schemaPath: "#/properties/tag/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: k.properties.tag, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.tag.type, parentSchema: k.properties.tag, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.securityGroup !== void 0) {
      let o = m.securityGroup;
      if (typeof o == "string") {
        if (u(o) > 64) {
          const n = { instancePath: i + "/securityGroup", schemaPath: "#/properties/securityGroup/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: k.properties.securityGroup, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/securityGroup", schemaPath: "#/properties/securityGroup/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: k.properties.securityGroup, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (!U.test(o)) {
          const n = { instancePath: i + "/securityGroup", schemaPath: "#/properties/securityGroup/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: k.properties.securityGroup, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/securityGroup", schemaPath: "#/properties/securityGroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.securityGroup.type, parentSchema: k.properties.securityGroup, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.chargeCode !== void 0) {
      let o = m.chargeCode;
      if (typeof o == "string") {
        if (u(o) > 63) {
          const n = { instancePath: i + "/chargeCode", schemaPath: "#/properties/chargeCode/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: k.properties.chargeCode, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/chargeCode", schemaPath: "#/properties/chargeCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: k.properties.chargeCode, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (!te.test(o)) {
          const n = { instancePath: i + "/chargeCode", schemaPath: "#/properties/chargeCode/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: k.properties.chargeCode, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/chargeCode", schemaPath: "#/properties/chargeCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.chargeCode.type, parentSchema: k.properties.chargeCode, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.contact !== void 0) {
      let o = m.contact;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        if (o.name === void 0) {
          const n = { instancePath: i + "/contact", schemaPath: "#/properties/contact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: k.properties.contact.required, parentSchema: k.properties.contact, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o.email === void 0) {
          const n = { instancePath: i + "/contact", schemaPath: "#/properties/contact/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'", schema: k.properties.contact.required, parentSchema: k.properties.contact, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        for (const n in o) if (!(n === "name" || n === "email" || n === "github")) {
          const r = { instancePath: i + "/contact", schemaPath: "#/properties/contact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: k.properties.contact, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.name !== void 0) {
          let n = o.name;
          if (typeof n == "string") {
            if (u(n) > 200) {
              const r = { instancePath: i + "/contact/name", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/contact/name", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/contact/name", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.email !== void 0) {
          let n = o.email;
          if (typeof n == "string") {
            if (u(n) > 254) {
              const r = { instancePath: i + "/contact/email", schemaPath: "defs.schema.json#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: M, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (!ce.test(n)) {
              const r = { instancePath: i + "/contact/email", schemaPath: "defs.schema.json#/$defs/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: M, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/contact/email", schemaPath: "defs.schema.json#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: M.type, parentSchema: M, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.github !== void 0) {
          let n = o.github;
          if (typeof n == "string") {
            if (u(n) > 39) {
              const r = { instancePath: i + "/contact/github", schemaPath: "defs.schema.json#/$defs/githubLogin/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters", schema: 39, parentSchema: z, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/contact/github", schemaPath: "defs.schema.json#/$defs/githubLogin/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: z, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (!re.test(n)) {
              const r = { instancePath: i + "/contact/github", schemaPath: "defs.schema.json#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: z, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/contact/github", schemaPath: "defs.schema.json#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: z.type, parentSchema: z, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: k.properties.contact.type, parentSchema: k.properties.contact, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.ttl !== void 0) {
      let o = m.ttl;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        if (o.name === void 0) {
          const n = { instancePath: i + "/ttl", schemaPath: "#/properties/ttl/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: k.properties.ttl.required, parentSchema: k.properties.ttl, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o.unit === void 0) {
          const n = { instancePath: i + "/ttl", schemaPath: "#/properties/ttl/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: k.properties.ttl.required, parentSchema: k.properties.ttl, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o.unitManager === void 0) {
          const n = { instancePath: i + "/ttl", schemaPath: "#/properties/ttl/required", keyword: "required", params: { missingProperty: "unitManager" }, message: "must have required property 'unitManager'", schema: k.properties.ttl.required, parentSchema: k.properties.ttl, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        for (const n in o) if (!(n === "name" || n === "unit" || n === "unitManager")) {
          const r = { instancePath: i + "/ttl", schemaPath: "#/properties/ttl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: k.properties.ttl, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.name !== void 0) {
          let n = o.name;
          if (typeof n == "string") {
            if (u(n) > 200) {
              const r = { instancePath: i + "/ttl/name", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/ttl/name", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/ttl/name", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.unit !== void 0) {
          let n = o.unit;
          if (typeof n == "string") {
            if (u(n) > 20) {
              const r = { instancePath: i + "/ttl/unit", schemaPath: "#/properties/ttl/properties/unit/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: k.properties.ttl.properties.unit, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 2) {
              const r = { instancePath: i + "/ttl/unit", schemaPath: "#/properties/ttl/properties/unit/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: k.properties.ttl.properties.unit, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (!ae.test(n)) {
              const r = { instancePath: i + "/ttl/unit", schemaPath: "#/properties/ttl/properties/unit/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]+$" }, message: 'must match pattern "^[A-Z0-9]+$"', schema: "^[A-Z0-9]+$", parentSchema: k.properties.ttl.properties.unit, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/ttl/unit", schemaPath: "#/properties/ttl/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.ttl.properties.unit.type, parentSchema: k.properties.ttl.properties.unit, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.unitManager !== void 0) {
          let n = o.unitManager;
          if (typeof n == "string") {
            if (u(n) > 200) {
              const r = { instancePath: i + "/ttl/unitManager", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/ttl/unitManager", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/ttl/unitManager", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/ttl", schemaPath: "#/properties/ttl/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: k.properties.ttl.type, parentSchema: k.properties.ttl, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.useCase !== void 0) {
      let o = m.useCase;
      if (typeof o == "string") {
        if (u(o) > 4e3) {
          const n = { instancePath: i + "/useCase", schemaPath: "#/properties/useCase/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: k.properties.useCase, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 40) {
          const n = { instancePath: i + "/useCase", schemaPath: "#/properties/useCase/minLength", keyword: "minLength", params: { limit: 40 }, message: "must NOT have fewer than 40 characters", schema: 40, parentSchema: k.properties.useCase, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/useCase", schemaPath: "#/properties/useCase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.useCase.type, parentSchema: k.properties.useCase, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.data !== void 0) {
      let o = m.data;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        if (o.classification === void 0) {
          const n = { instancePath: i + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "classification" }, message: "must have required property 'classification'", schema: k.properties.data.required, parentSchema: k.properties.data, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o.sizeGB === void 0) {
          const n = { instancePath: i + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "sizeGB" }, message: "must have required property 'sizeGB'", schema: k.properties.data.required, parentSchema: k.properties.data, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        for (const n in o) if (!(n === "classification" || n === "sizeGB")) {
          const r = { instancePath: i + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: k.properties.data, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.classification !== void 0) {
          let n = o.classification;
          if (typeof n == "string") {
            if (u(n) > 40) {
              const r = { instancePath: i + "/data/classification", schemaPath: "#/properties/data/properties/classification/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: k.properties.data.properties.classification, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/data/classification", schemaPath: "#/properties/data/properties/classification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: k.properties.data.properties.classification, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/data/classification", schemaPath: "#/properties/data/properties/classification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.data.properties.classification.type, parentSchema: k.properties.data.properties.classification, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.sizeGB !== void 0) {
          let n = o.sizeGB;
          if (typeof n == "number" && isFinite(n)) {
            if (n > 1e7 || isNaN(n)) {
              const r = { instancePath: i + "/data/sizeGB", schemaPath: "#/properties/data/properties/sizeGB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: k.properties.data.properties.sizeGB, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (n <= 0 || isNaN(n)) {
              const r = { instancePath: i + "/data/sizeGB", schemaPath: "#/properties/data/properties/sizeGB/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: k.properties.data.properties.sizeGB, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/data/sizeGB", schemaPath: "#/properties/data/properties/sizeGB/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: k.properties.data.properties.sizeGB.type, parentSchema: k.properties.data.properties.sizeGB, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: k.properties.data.type, parentSchema: k.properties.data, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.codeDevelopment !== void 0) {
      let o = m.codeDevelopment;
      if (typeof o != "string") {
        const n = { instancePath: i + "/codeDevelopment", schemaPath: "#/properties/codeDevelopment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.codeDevelopment.type, parentSchema: k.properties.codeDevelopment, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
      if (!(o === "local" || o === "github" || o === "on-instance")) {
        const n = { instancePath: i + "/codeDevelopment", schemaPath: "#/properties/codeDevelopment/enum", keyword: "enum", params: { allowedValues: k.properties.codeDevelopment.enum }, message: "must be equal to one of the allowed values", schema: k.properties.codeDevelopment.enum, parentSchema: k.properties.codeDevelopment, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.access !== void 0) {
      let o = m.access;
      if (Array.isArray(o)) {
        if (o.length > 50) {
          const r = { instancePath: i + "/access", schemaPath: "#/properties/access/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: k.properties.access, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.length < 1) {
          const r = { instancePath: i + "/access", schemaPath: "#/properties/access/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: k.properties.access, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        const n = o.length;
        for (let r = 0; r < n; r++) {
          let t = o[r];
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.who === void 0) {
              const s = { instancePath: i + "/access/" + r, schemaPath: "#/properties/access/items/required", keyword: "required", params: { missingProperty: "who" }, message: "must have required property 'who'", schema: k.properties.access.items.required, parentSchema: k.properties.access.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.type === void 0) {
              const s = { instancePath: i + "/access/" + r, schemaPath: "#/properties/access/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: k.properties.access.items.required, parentSchema: k.properties.access.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.device === void 0) {
              const s = { instancePath: i + "/access/" + r, schemaPath: "#/properties/access/items/required", keyword: "required", params: { missingProperty: "device" }, message: "must have required property 'device'", schema: k.properties.access.items.required, parentSchema: k.properties.access.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "who" || s === "type" || s === "device")) {
              const p = { instancePath: i + "/access/" + r, schemaPath: "#/properties/access/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: k.properties.access.items, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.who !== void 0) {
              let s = t.who;
              if (typeof s == "string") {
                if (u(s) > 200) {
                  const p = { instancePath: i + "/access/" + r + "/who", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/access/" + r + "/who", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/access/" + r + "/who", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.type !== void 0) {
              let s = t.type;
              if (typeof s != "string") {
                const p = { instancePath: i + "/access/" + r + "/type", schemaPath: "#/properties/access/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.access.items.properties.type.type, parentSchema: k.properties.access.items.properties.type, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (!(s === "staff" || s === "consultant" || s === "external")) {
                const p = { instancePath: i + "/access/" + r + "/type", schemaPath: "#/properties/access/items/properties/type/enum", keyword: "enum", params: { allowedValues: k.properties.access.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: k.properties.access.items.properties.type.enum, parentSchema: k.properties.access.items.properties.type, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.device !== void 0) {
              let s = t.device;
              if (typeof s != "string") {
                const p = { instancePath: i + "/access/" + r + "/device", schemaPath: "#/properties/access/items/properties/device/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.properties.access.items.properties.device.type, parentSchema: k.properties.access.items.properties.device, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (!(s === "wb-laptop" || s === "wb-desktop" || s === "personal" || s === "other")) {
                const p = { instancePath: i + "/access/" + r + "/device", schemaPath: "#/properties/access/items/properties/device/enum", keyword: "enum", params: { allowedValues: k.properties.access.items.properties.device.enum }, message: "must be equal to one of the allowed values", schema: k.properties.access.items.properties.device.enum, parentSchema: k.properties.access.items.properties.device, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/access/" + r, schemaPath: "#/properties/access/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: k.properties.access.items.type, parentSchema: k.properties.access.items, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: k.properties.access.type, parentSchema: k.properties.access, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
  } else {
    const o = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: k.type, parentSchema: k, data: m };
    e === null ? e = [o] : e.push(o), a++;
  }
  return K.errors = e, a === 0;
}
K.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ve = Q;
var d = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "ec2-instance.schema.json", title: "EC2 instance", description: "A virtual machine in AWS (EC2) running Red Hat Enterprise Linux. State what the work needs (memory, processors, storage, software); the instance type is optional.", type: "object", additionalProperties: false, required: ["kind", "project", "environment", "requirements", "os", "storage", "software", "inbound", "internetAccess", "autoStop"], properties: { kind: { const: "ec2-instance", description: "Always `ec2-instance` for this kind of request." }, project: { $ref: "defs.schema.json#/$defs/requestId", description: "The project this instance belongs to: the id (file name) of a project request, e.g. `ic-kenya`." }, environment: { $ref: "defs.schema.json#/$defs/environment" }, purpose: { type: "string", minLength: 1, maxLength: 2e3, description: "Optional: what this instance does within the project, if the project's use case does not say it." }, requirements: { type: "object", additionalProperties: false, required: ["memoryGiB", "vcpus"], description: "What the work needs. IT services picks a type that meets these.", properties: { memoryGiB: { type: "number", exclusiveMinimum: 0, maximum: 1e5, description: "Memory (RAM) in GiB, e.g. 32." }, vcpus: { type: "integer", minimum: 1, maximum: 1e4, description: "Number of virtual processors, e.g. 4." }, gpus: { type: "integer", minimum: 0, maximum: 64, description: "Number of GPUs, if the work needs any." } } }, instanceType: { type: "string", minLength: 1, maxLength: 40, description: "Optional: an exact EC2 instance type such as `r6i.xlarge`. It must exist and meet the requirements." }, os: { type: "string", enum: ["rhel-8", "rhel-9", "rhel-10"], description: "The Red Hat Enterprise Linux version." }, storage: { type: "object", additionalProperties: false, required: ["rootGiB"], description: "Disk space.", properties: { rootGiB: { type: "integer", minimum: 1, maximum: 1e6, description: "Size of the system disk in GiB (policy.yml sets the allowed range)." }, dataGiB: { type: "integer", minimum: 1, maximum: 1e6, description: "Optional: size of an extra data disk in GiB (policy.yml sets the allowed range)." }, type: { type: "string", enum: ["gp3", "gp2", "io2", "io1", "st1", "sc1"], description: "Volume type; `gp3` unless you know you need another." } } }, software: { type: "array", maxItems: 200, description: "Every piece of software the work needs beyond the operating system. A plain name is installed from the Red Hat repositories; write an item as {name, source, why} for anything installed another way. Leaving software out can force re-approval of the whole system.", items: { anyOf: [{ type: "string", minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", description: "A package name from the Red Hat repositories, e.g. `python3.11`." }, { type: "object", additionalProperties: false, required: ["name"], description: "Software installed another way, as `{name, source, why}`, e.g. `{name: chromedriver, source: download, why: scraping}`.", properties: { name: { type: "string", minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", description: "The software's name, e.g. `chromedriver`." }, version: { type: "string", minLength: 1, maxLength: 40, description: "Optional: the version needed." }, source: { type: "string", enum: ["redhat", "epel", "pip", "cran", "conda", "download", "other"], description: "How it is installed: `redhat` (default), `epel`, `pip`, `cran`, `conda`, `download` or `other`." }, why: { type: "string", minLength: 1, maxLength: 500, description: "Why the work needs it." } } }] } }, inbound: { type: "array", maxItems: 50, description: "Firewall rules for incoming traffic. Leave empty (`[]`) unless people or services must connect to the instance. Anything from outside the internal networks makes the request an application.", items: { type: "object", additionalProperties: false, required: ["port", "protocol", "from"], properties: { port: { type: "integer", minimum: 1, maximum: 65535, description: "The port, e.g. 443." }, toPort: { type: "integer", minimum: 1, maximum: 65535, description: "Optional: the last port of a range starting at `port`." }, protocol: { type: "string", enum: ["tcp", "udp"], description: "`tcp` or `udp`." }, from: { type: "string", minLength: 2, maxLength: 50, pattern: "^[0-9A-Fa-f.:/]+$", description: "Who may connect, as a CIDR range: `10.0.0.0/8`, or `0.0.0.0/0` for the whole internet." }, why: { type: "string", minLength: 1, maxLength: 500, description: "Why this traffic is needed." } } } }, internetAccess: { type: "array", maxItems: 200, description: "Internet sites the code must reach (domains to download from or scrape). Empty (`[]`) for none.", items: { type: "string", minLength: 1, maxLength: 253, pattern: "^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", description: "A domain name, e.g. `api.worldbank.org` or `*.example.org`." } }, autoStop: { type: "boolean", description: "Stop the instance automatically when it is idle, to save money. Recommended: true." }, dimeAnalyticsAccess: { $ref: "defs.schema.json#/$defs/dimeAnalyticsAccess" }, testedInDevelopment: { $ref: "defs.schema.json#/$defs/testedInDevelopment" } } };
var G = { type: "string", minLength: 2, maxLength: 63, pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$", description: "The id of another request: its file name without .yml." };
var I = { type: "string", enum: ["production", "development"], description: "Which AWS account the resource lives in: production (PDMZ) or development (DEV PDMZ). Computation is production only; a new application starts in development." };
var J = { type: "boolean", description: "Whether the support team's directory group is applied to this resource. Default true; false opts out, which means the support team can help less." };
var D = { type: "string", minLength: 10, maxLength: 2e3, description: "For a promotion to production: how the resource was tested in the development account." };
var ie = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*$", "u");
var pe = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]*$", "u");
var he = new RegExp("^[0-9A-Fa-f.:/]+$", "u");
var le = new RegExp("^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", "u");
function Q(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = Q.evaluated;
  if ($.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0), m && typeof m == "object" && !Array.isArray(m)) {
    if (m.kind === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.project === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.environment === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.requirements === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirements" }, message: "must have required property 'requirements'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.os === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.storage === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "storage" }, message: "must have required property 'storage'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.software === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "software" }, message: "must have required property 'software'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.inbound === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inbound" }, message: "must have required property 'inbound'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.internetAccess === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "internetAccess" }, message: "must have required property 'internetAccess'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.autoStop === void 0) {
      const n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autoStop" }, message: "must have required property 'autoStop'", schema: d.required, parentSchema: d, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    for (const n in m) if (!H.call(d.properties, n)) {
      const r = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: d, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.kind !== void 0) {
      let n = m.kind;
      if (n !== "ec2-instance") {
        const r = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ec2-instance" }, message: "must be equal to constant", schema: "ec2-instance", parentSchema: d.properties.kind, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.project !== void 0) {
      let n = m.project;
      if (typeof n == "string") {
        if (u(n) > 63) {
          const r = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: G, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (u(n) < 2) {
          const r = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: G, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (!ie.test(n)) {
          const r = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*$", parentSchema: G, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
      } else {
        const r = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: G.type, parentSchema: G, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.environment !== void 0) {
      let n = m.environment;
      if (typeof n != "string") {
        const r = { instancePath: i + "/environment", schemaPath: "defs.schema.json#/$defs/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: I.type, parentSchema: I, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
      if (!(n === "production" || n === "development")) {
        const r = { instancePath: i + "/environment", schemaPath: "defs.schema.json#/$defs/environment/enum", keyword: "enum", params: { allowedValues: I.enum }, message: "must be equal to one of the allowed values", schema: I.enum, parentSchema: I, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.purpose !== void 0) {
      let n = m.purpose;
      if (typeof n == "string") {
        if (u(n) > 2e3) {
          const r = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: d.properties.purpose, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (u(n) < 1) {
          const r = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.purpose, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
      } else {
        const r = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.purpose.type, parentSchema: d.properties.purpose, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.requirements !== void 0) {
      let n = m.requirements;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.memoryGiB === void 0) {
          const r = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/required", keyword: "required", params: { missingProperty: "memoryGiB" }, message: "must have required property 'memoryGiB'", schema: d.properties.requirements.required, parentSchema: d.properties.requirements, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (n.vcpus === void 0) {
          const r = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/required", keyword: "required", params: { missingProperty: "vcpus" }, message: "must have required property 'vcpus'", schema: d.properties.requirements.required, parentSchema: d.properties.requirements, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        for (const r in n) if (!(r === "memoryGiB" || r === "vcpus" || r === "gpus")) {
          const t = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.requirements, data: n };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (n.memoryGiB !== void 0) {
          let r = n.memoryGiB;
          if (typeof r == "number" && isFinite(r)) {
            if (r > 1e5 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/memoryGiB", schemaPath: "#/properties/requirements/properties/memoryGiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: d.properties.requirements.properties.memoryGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
            if (r <= 0 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/memoryGiB", schemaPath: "#/properties/requirements/properties/memoryGiB/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: d.properties.requirements.properties.memoryGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
          } else {
            const t = { instancePath: i + "/requirements/memoryGiB", schemaPath: "#/properties/requirements/properties/memoryGiB/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: d.properties.requirements.properties.memoryGiB.type, parentSchema: d.properties.requirements.properties.memoryGiB, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
        }
        if (n.vcpus !== void 0) {
          let r = n.vcpus;
          if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
            const t = { instancePath: i + "/requirements/vcpus", schemaPath: "#/properties/requirements/properties/vcpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.requirements.properties.vcpus.type, parentSchema: d.properties.requirements.properties.vcpus, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
          if (typeof r == "number" && isFinite(r)) {
            if (r > 1e4 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/vcpus", schemaPath: "#/properties/requirements/properties/vcpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: d.properties.requirements.properties.vcpus, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
            if (r < 1 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/vcpus", schemaPath: "#/properties/requirements/properties/vcpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: d.properties.requirements.properties.vcpus, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
          }
        }
        if (n.gpus !== void 0) {
          let r = n.gpus;
          if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
            const t = { instancePath: i + "/requirements/gpus", schemaPath: "#/properties/requirements/properties/gpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.requirements.properties.gpus.type, parentSchema: d.properties.requirements.properties.gpus, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
          if (typeof r == "number" && isFinite(r)) {
            if (r > 64 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/gpus", schemaPath: "#/properties/requirements/properties/gpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: d.properties.requirements.properties.gpus, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
            if (r < 0 || isNaN(r)) {
              const t = { instancePath: i + "/requirements/gpus", schemaPath: "#/properties/requirements/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: d.properties.requirements.properties.gpus, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
          }
        }
      } else {
        const r = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.requirements.type, parentSchema: d.properties.requirements, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.instanceType !== void 0) {
      let n = m.instanceType;
      if (typeof n == "string") {
        if (u(n) > 40) {
          const r = { instancePath: i + "/instanceType", schemaPath: "#/properties/instanceType/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: d.properties.instanceType, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (u(n) < 1) {
          const r = { instancePath: i + "/instanceType", schemaPath: "#/properties/instanceType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.instanceType, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
      } else {
        const r = { instancePath: i + "/instanceType", schemaPath: "#/properties/instanceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.instanceType.type, parentSchema: d.properties.instanceType, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.os !== void 0) {
      let n = m.os;
      if (typeof n != "string") {
        const r = { instancePath: i + "/os", schemaPath: "#/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.os.type, parentSchema: d.properties.os, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
      if (!(n === "rhel-8" || n === "rhel-9" || n === "rhel-10")) {
        const r = { instancePath: i + "/os", schemaPath: "#/properties/os/enum", keyword: "enum", params: { allowedValues: d.properties.os.enum }, message: "must be equal to one of the allowed values", schema: d.properties.os.enum, parentSchema: d.properties.os, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.storage !== void 0) {
      let n = m.storage;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.rootGiB === void 0) {
          const r = { instancePath: i + "/storage", schemaPath: "#/properties/storage/required", keyword: "required", params: { missingProperty: "rootGiB" }, message: "must have required property 'rootGiB'", schema: d.properties.storage.required, parentSchema: d.properties.storage, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        for (const r in n) if (!(r === "rootGiB" || r === "dataGiB" || r === "type")) {
          const t = { instancePath: i + "/storage", schemaPath: "#/properties/storage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.storage, data: n };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (n.rootGiB !== void 0) {
          let r = n.rootGiB;
          if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
            const t = { instancePath: i + "/storage/rootGiB", schemaPath: "#/properties/storage/properties/rootGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.storage.properties.rootGiB.type, parentSchema: d.properties.storage.properties.rootGiB, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
          if (typeof r == "number" && isFinite(r)) {
            if (r > 1e6 || isNaN(r)) {
              const t = { instancePath: i + "/storage/rootGiB", schemaPath: "#/properties/storage/properties/rootGiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: d.properties.storage.properties.rootGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
            if (r < 1 || isNaN(r)) {
              const t = { instancePath: i + "/storage/rootGiB", schemaPath: "#/properties/storage/properties/rootGiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: d.properties.storage.properties.rootGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
          }
        }
        if (n.dataGiB !== void 0) {
          let r = n.dataGiB;
          if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
            const t = { instancePath: i + "/storage/dataGiB", schemaPath: "#/properties/storage/properties/dataGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.storage.properties.dataGiB.type, parentSchema: d.properties.storage.properties.dataGiB, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
          if (typeof r == "number" && isFinite(r)) {
            if (r > 1e6 || isNaN(r)) {
              const t = { instancePath: i + "/storage/dataGiB", schemaPath: "#/properties/storage/properties/dataGiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: d.properties.storage.properties.dataGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
            if (r < 1 || isNaN(r)) {
              const t = { instancePath: i + "/storage/dataGiB", schemaPath: "#/properties/storage/properties/dataGiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: d.properties.storage.properties.dataGiB, data: r };
              e === null ? e = [t] : e.push(t), a++;
            }
          }
        }
        if (n.type !== void 0) {
          let r = n.type;
          if (typeof r != "string") {
            const t = { instancePath: i + "/storage/type", schemaPath: "#/properties/storage/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.storage.properties.type.type, parentSchema: d.properties.storage.properties.type, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
          if (!(r === "gp3" || r === "gp2" || r === "io2" || r === "io1" || r === "st1" || r === "sc1")) {
            const t = { instancePath: i + "/storage/type", schemaPath: "#/properties/storage/properties/type/enum", keyword: "enum", params: { allowedValues: d.properties.storage.properties.type.enum }, message: "must be equal to one of the allowed values", schema: d.properties.storage.properties.type.enum, parentSchema: d.properties.storage.properties.type, data: r };
            e === null ? e = [t] : e.push(t), a++;
          }
        }
      } else {
        const r = { instancePath: i + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.storage.type, parentSchema: d.properties.storage, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.software !== void 0) {
      let n = m.software;
      if (Array.isArray(n)) {
        if (n.length > 200) {
          const t = { instancePath: i + "/software", schemaPath: "#/properties/software/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: d.properties.software, data: n };
          e === null ? e = [t] : e.push(t), a++;
        }
        const r = n.length;
        for (let t = 0; t < r; t++) {
          let s = n[t];
          const p = a;
          let h = false;
          const l = a;
          if (typeof s == "string") {
            if (u(s) > 100) {
              const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: d.properties.software.items.anyOf[0], data: s };
              e === null ? e = [f] : e.push(f), a++;
            }
            if (u(s) < 1) {
              const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.software.items.anyOf[0], data: s };
              e === null ? e = [f] : e.push(f), a++;
            }
            if (!pe.test(s)) {
              const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: d.properties.software.items.anyOf[0], data: s };
              e === null ? e = [f] : e.push(f), a++;
            }
          } else {
            const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.software.items.anyOf[0].type, parentSchema: d.properties.software.items.anyOf[0], data: s };
            e === null ? e = [f] : e.push(f), a++;
          }
          var o = l === a;
          h = h || o;
          const w = a;
          if (s && typeof s == "object" && !Array.isArray(s)) {
            if (s.name === void 0) {
              const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: d.properties.software.items.anyOf[1].required, parentSchema: d.properties.software.items.anyOf[1], data: s };
              e === null ? e = [f] : e.push(f), a++;
            }
            for (const f in s) if (!(f === "name" || f === "version" || f === "source" || f === "why")) {
              const y = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: f }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.software.items.anyOf[1], data: s };
              e === null ? e = [y] : e.push(y), a++;
            }
            if (s.name !== void 0) {
              let f = s.name;
              if (typeof f == "string") {
                if (u(f) > 100) {
                  const y = { instancePath: i + "/software/" + t + "/name", schemaPath: "#/properties/software/items/anyOf/1/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: d.properties.software.items.anyOf[1].properties.name, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
                if (u(f) < 1) {
                  const y = { instancePath: i + "/software/" + t + "/name", schemaPath: "#/properties/software/items/anyOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.software.items.anyOf[1].properties.name, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
                if (!pe.test(f)) {
                  const y = { instancePath: i + "/software/" + t + "/name", schemaPath: "#/properties/software/items/anyOf/1/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: d.properties.software.items.anyOf[1].properties.name, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
              } else {
                const y = { instancePath: i + "/software/" + t + "/name", schemaPath: "#/properties/software/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.software.items.anyOf[1].properties.name.type, parentSchema: d.properties.software.items.anyOf[1].properties.name, data: f };
                e === null ? e = [y] : e.push(y), a++;
              }
            }
            if (s.version !== void 0) {
              let f = s.version;
              if (typeof f == "string") {
                if (u(f) > 40) {
                  const y = { instancePath: i + "/software/" + t + "/version", schemaPath: "#/properties/software/items/anyOf/1/properties/version/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: d.properties.software.items.anyOf[1].properties.version, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
                if (u(f) < 1) {
                  const y = { instancePath: i + "/software/" + t + "/version", schemaPath: "#/properties/software/items/anyOf/1/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.software.items.anyOf[1].properties.version, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
              } else {
                const y = { instancePath: i + "/software/" + t + "/version", schemaPath: "#/properties/software/items/anyOf/1/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.software.items.anyOf[1].properties.version.type, parentSchema: d.properties.software.items.anyOf[1].properties.version, data: f };
                e === null ? e = [y] : e.push(y), a++;
              }
            }
            if (s.source !== void 0) {
              let f = s.source;
              if (typeof f != "string") {
                const y = { instancePath: i + "/software/" + t + "/source", schemaPath: "#/properties/software/items/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.software.items.anyOf[1].properties.source.type, parentSchema: d.properties.software.items.anyOf[1].properties.source, data: f };
                e === null ? e = [y] : e.push(y), a++;
              }
              if (!(f === "redhat" || f === "epel" || f === "pip" || f === "cran" || f === "conda" || f === "download" || f === "other")) {
                const y = { instancePath: i + "/software/" + t + "/source", schemaPath: "#/properties/software/items/anyOf/1/properties/source/enum", keyword: "enum", params: { allowedValues: d.properties.software.items.anyOf[1].properties.source.enum }, message: "must be equal to one of the allowed values", schema: d.properties.software.items.anyOf[1].properties.source.enum, parentSchema: d.properties.software.items.anyOf[1].properties.source, data: f };
                e === null ? e = [y] : e.push(y), a++;
              }
            }
            if (s.why !== void 0) {
              let f = s.why;
              if (typeof f == "string") {
                if (u(f) > 500) {
                  const y = { instancePath: i + "/software/" + t + "/why", schemaPath: "#/properties/software/items/anyOf/1/properties/why/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: d.properties.software.items.anyOf[1].properties.why, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
                if (u(f) < 1) {
                  const y = { instancePath: i + "/software/" + t + "/why", schemaPath: "#/properties/software/items/anyOf/1/properties/why/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.software.items.anyOf[1].properties.why, data: f };
                  e === null ? e = [y] : e.push(y), a++;
                }
              } else {
                const y = { instancePath: i + "/software/" + t + "/why", schemaPath: "#/properties/software/items/anyOf/1/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.software.items.anyOf[1].properties.why.type, parentSchema: d.properties.software.items.anyOf[1].properties.why, data: f };
                e === null ? e = [y] : e.push(y), a++;
              }
            }
          } else {
            const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.software.items.anyOf[1].type, parentSchema: d.properties.software.items.anyOf[1], data: s };
            e === null ? e = [f] : e.push(f), a++;
          }
          var o = w === a;
          if (h = h || o, h) a = p, e !== null && (p ? e.length = p : e = null);
          else {
            const f = { instancePath: i + "/software/" + t, schemaPath: "#/properties/software/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: d.properties.software.items.anyOf, parentSchema: d.properties.software.items, data: s };
            e === null ? e = [f] : e.push(f), a++;
          }
        }
      } else {
        const r = { instancePath: i + "/software", schemaPath: "#/properties/software/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.software.type, parentSchema: d.properties.software, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.inbound !== void 0) {
      let n = m.inbound;
      if (Array.isArray(n)) {
        if (n.length > 50) {
          const t = { instancePath: i + "/inbound", schemaPath: "#/properties/inbound/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: d.properties.inbound, data: n };
          e === null ? e = [t] : e.push(t), a++;
        }
        const r = n.length;
        for (let t = 0; t < r; t++) {
          let s = n[t];
          if (s && typeof s == "object" && !Array.isArray(s)) {
            if (s.port === void 0) {
              const p = { instancePath: i + "/inbound/" + t, schemaPath: "#/properties/inbound/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: d.properties.inbound.items.required, parentSchema: d.properties.inbound.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (s.protocol === void 0) {
              const p = { instancePath: i + "/inbound/" + t, schemaPath: "#/properties/inbound/items/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: d.properties.inbound.items.required, parentSchema: d.properties.inbound.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (s.from === void 0) {
              const p = { instancePath: i + "/inbound/" + t, schemaPath: "#/properties/inbound/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: d.properties.inbound.items.required, parentSchema: d.properties.inbound.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
            for (const p in s) if (!(p === "port" || p === "toPort" || p === "protocol" || p === "from" || p === "why")) {
              const h = { instancePath: i + "/inbound/" + t, schemaPath: "#/properties/inbound/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.inbound.items, data: s };
              e === null ? e = [h] : e.push(h), a++;
            }
            if (s.port !== void 0) {
              let p = s.port;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                const h = { instancePath: i + "/inbound/" + t + "/port", schemaPath: "#/properties/inbound/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.inbound.items.properties.port.type, parentSchema: d.properties.inbound.items.properties.port, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
              if (typeof p == "number" && isFinite(p)) {
                if (p > 65535 || isNaN(p)) {
                  const h = { instancePath: i + "/inbound/" + t + "/port", schemaPath: "#/properties/inbound/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: d.properties.inbound.items.properties.port, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
                if (p < 1 || isNaN(p)) {
                  const h = { instancePath: i + "/inbound/" + t + "/port", schemaPath: "#/properties/inbound/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: d.properties.inbound.items.properties.port, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
              }
            }
            if (s.toPort !== void 0) {
              let p = s.toPort;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                const h = { instancePath: i + "/inbound/" + t + "/toPort", schemaPath: "#/properties/inbound/items/properties/toPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.inbound.items.properties.toPort.type, parentSchema: d.properties.inbound.items.properties.toPort, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
              if (typeof p == "number" && isFinite(p)) {
                if (p > 65535 || isNaN(p)) {
                  const h = { instancePath: i + "/inbound/" + t + "/toPort", schemaPath: "#/properties/inbound/items/properties/toPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: d.properties.inbound.items.properties.toPort, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
                if (p < 1 || isNaN(p)) {
                  const h = { instancePath: i + "/inbound/" + t + "/toPort", schemaPath: "#/properties/inbound/items/properties/toPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: d.properties.inbound.items.properties.toPort, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
              }
            }
            if (s.protocol !== void 0) {
              let p = s.protocol;
              if (typeof p != "string") {
                const h = { instancePath: i + "/inbound/" + t + "/protocol", schemaPath: "#/properties/inbound/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.inbound.items.properties.protocol.type, parentSchema: d.properties.inbound.items.properties.protocol, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
              if (!(p === "tcp" || p === "udp")) {
                const h = { instancePath: i + "/inbound/" + t + "/protocol", schemaPath: "#/properties/inbound/items/properties/protocol/enum", keyword: "enum", params: { allowedValues: d.properties.inbound.items.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: d.properties.inbound.items.properties.protocol.enum, parentSchema: d.properties.inbound.items.properties.protocol, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
            }
            if (s.from !== void 0) {
              let p = s.from;
              if (typeof p == "string") {
                if (u(p) > 50) {
                  const h = { instancePath: i + "/inbound/" + t + "/from", schemaPath: "#/properties/inbound/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: d.properties.inbound.items.properties.from, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
                if (u(p) < 2) {
                  const h = { instancePath: i + "/inbound/" + t + "/from", schemaPath: "#/properties/inbound/items/properties/from/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: d.properties.inbound.items.properties.from, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
                if (!he.test(p)) {
                  const h = { instancePath: i + "/inbound/" + t + "/from", schemaPath: "#/properties/inbound/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f.:/]+$" }, message: 'must match pattern "^[0-9A-Fa-f.:/]+$"', schema: "^[0-9A-Fa-f.:/]+$", parentSchema: d.properties.inbound.items.properties.from, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
              } else {
                const h = { instancePath: i + "/inbound/" + t + "/from", schemaPath: "#/properties/inbound/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.inbound.items.properties.from.type, parentSchema: d.properties.inbound.items.properties.from, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
            }
            if (s.why !== void 0) {
              let p = s.why;
              if (typeof p == "string") {
                if (u(p) > 500) {
                  const h = { instancePath: i + "/inbound/" + t + "/why", schemaPath: "#/properties/inbound/items/properties/why/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: d.properties.inbound.items.properties.why, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
                if (u(p) < 1) {
                  const h = { instancePath: i + "/inbound/" + t + "/why", schemaPath: "#/properties/inbound/items/properties/why/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.inbound.items.properties.why, data: p };
                  e === null ? e = [h] : e.push(h), a++;
                }
              } else {
                const h = { instancePath: i + "/inbound/" + t + "/why", schemaPath: "#/properties/inbound/items/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.inbound.items.properties.why.type, parentSchema: d.properties.inbound.items.properties.why, data: p };
                e === null ? e = [h] : e.push(h), a++;
              }
            }
          } else {
            const p = { instancePath: i + "/inbound/" + t, schemaPath: "#/properties/inbound/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.inbound.items.type, parentSchema: d.properties.inbound.items, data: s };
            e === null ? e = [p] : e.push(p), a++;
          }
        }
      } else {
        const r = { instancePath: i + "/inbound", schemaPath: "#/properties/inbound/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.inbound.type, parentSchema: d.properties.inbound, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.internetAccess !== void 0) {
      let n = m.internetAccess;
      if (Array.isArray(n)) {
        if (n.length > 200) {
          const t = { instancePath: i + "/internetAccess", schemaPath: "#/properties/internetAccess/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: d.properties.internetAccess, data: n };
          e === null ? e = [t] : e.push(t), a++;
        }
        const r = n.length;
        for (let t = 0; t < r; t++) {
          let s = n[t];
          if (typeof s == "string") {
            if (u(s) > 253) {
              const p = { instancePath: i + "/internetAccess/" + t, schemaPath: "#/properties/internetAccess/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: d.properties.internetAccess.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (u(s) < 1) {
              const p = { instancePath: i + "/internetAccess/" + t, schemaPath: "#/properties/internetAccess/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.internetAccess.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (!le.test(s)) {
              const p = { instancePath: i + "/internetAccess/" + t, schemaPath: "#/properties/internetAccess/items/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$" }, message: 'must match pattern "^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"', schema: "^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", parentSchema: d.properties.internetAccess.items, data: s };
              e === null ? e = [p] : e.push(p), a++;
            }
          } else {
            const p = { instancePath: i + "/internetAccess/" + t, schemaPath: "#/properties/internetAccess/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.internetAccess.items.type, parentSchema: d.properties.internetAccess.items, data: s };
            e === null ? e = [p] : e.push(p), a++;
          }
        }
      } else {
        const r = { instancePath: i + "/internetAccess", schemaPath: "#/properties/internetAccess/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.internetAccess.type, parentSchema: d.properties.internetAccess, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.autoStop !== void 0) {
      let n = m.autoStop;
      if (typeof n != "boolean") {
        const r = { instancePath: i + "/autoStop", schemaPath: "#/properties/autoStop/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: d.properties.autoStop.type, parentSchema: d.properties.autoStop, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.dimeAnalyticsAccess !== void 0) {
      let n = m.dimeAnalyticsAccess;
      if (typeof n != "boolean") {
        const r = { instancePath: i + "/dimeAnalyticsAccess", schemaPath: "defs.schema.json#/$defs/dimeAnalyticsAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: J.type, parentSchema: J, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
    if (m.testedInDevelopment !== void 0) {
      let n = m.testedInDevelopment;
      if (typeof n == "string") {
        if (u(n) > 2e3) {
          const r = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: D, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (u(n) < 10) {
          const r = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: D, data: n };
          e === null ? e = [r] : e.push(r), a++;
        }
      } else {
        const r = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: D.type, parentSchema: D, data: n };
        e === null ? e = [r] : e.push(r), a++;
      }
    }
  } else {
    const n = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: m };
    e === null ? e = [n] : e.push(n), a++;
  }
  return Q.errors = e, a === 0;
}
Q.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var qe = X;
var v = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "s3-bucket.schema.json", title: "S3 bucket", description: "A storage bucket in AWS S3 for a project's data.", type: "object", additionalProperties: false, required: ["kind", "project", "environment", "bucket", "expectedSizeGB", "versioning", "publicAccess"], properties: { kind: { const: "s3-bucket", description: "Always `s3-bucket` for this kind of request." }, project: { $ref: "defs.schema.json#/$defs/requestId", description: "The project this bucket belongs to: the id (file name) of a project request." }, environment: { $ref: "defs.schema.json#/$defs/environment" }, purpose: { type: "string", minLength: 1, maxLength: 2e3, description: "Optional: what this bucket holds within the project." }, bucket: { type: "string", minLength: 1, maxLength: 100, description: "The bucket's name: 3 to 63 lower-case letters, digits, dots and hyphens (AWS's naming rules apply)." }, expectedSizeGB: { type: "number", exclusiveMinimum: 0, maximum: 1e8, description: "How much data you expect to store, in GB." }, versioning: { type: "boolean", description: "Keep earlier versions of overwritten or deleted objects." }, publicAccess: { type: "boolean", description: "Whether anyone on the internet may read the bucket. `true` makes the request an application that needs security approval." }, lifecycle: { type: "array", maxItems: 50, description: "Rules that delete objects automatically after some days.", items: { type: "object", additionalProperties: false, required: ["prefix", "expireDays"], properties: { prefix: { type: "string", maxLength: 1024, description: "Objects whose key starts with this, e.g. `tmp/`." }, expireDays: { type: "integer", minimum: 1, maximum: 36500, description: "Delete them this many days after they are written." } } } }, dimeAnalyticsAccess: { $ref: "defs.schema.json#/$defs/dimeAnalyticsAccess" }, testedInDevelopment: { $ref: "defs.schema.json#/$defs/testedInDevelopment" } } };
function X(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = X.evaluated;
  if ($.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0), m && typeof m == "object" && !Array.isArray(m)) {
    if (m.kind === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.project === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.environment === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.bucket === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.expectedSizeGB === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expectedSizeGB" }, message: "must have required property 'expectedSizeGB'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.versioning === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versioning" }, message: "must have required property 'versioning'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.publicAccess === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "publicAccess" }, message: "must have required property 'publicAccess'", schema: v.required, parentSchema: v, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    for (const o in m) if (!H.call(v.properties, o)) {
      const n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: v, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.kind !== void 0) {
      let o = m.kind;
      if (o !== "s3-bucket") {
        const n = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "s3-bucket" }, message: "must be equal to constant", schema: "s3-bucket", parentSchema: v.properties.kind, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.project !== void 0) {
      let o = m.project;
      if (typeof o == "string") {
        if (u(o) > 63) {
          const n = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: G, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 2) {
          const n = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: G, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (!ie.test(o)) {
          const n = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*$", parentSchema: G, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/project", schemaPath: "defs.schema.json#/$defs/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: G.type, parentSchema: G, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.environment !== void 0) {
      let o = m.environment;
      if (typeof o != "string") {
        const n = { instancePath: i + "/environment", schemaPath: "defs.schema.json#/$defs/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: I.type, parentSchema: I, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
      if (!(o === "production" || o === "development")) {
        const n = { instancePath: i + "/environment", schemaPath: "defs.schema.json#/$defs/environment/enum", keyword: "enum", params: { allowedValues: I.enum }, message: "must be equal to one of the allowed values", schema: I.enum, parentSchema: I, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.purpose !== void 0) {
      let o = m.purpose;
      if (typeof o == "string") {
        if (u(o) > 2e3) {
          const n = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: v.properties.purpose, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: v.properties.purpose, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/purpose", schemaPath: "#/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: v.properties.purpose.type, parentSchema: v.properties.purpose, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.bucket !== void 0) {
      let o = m.bucket;
      if (typeof o == "string") {
        if (u(o) > 100) {
          const n = { instancePath: i + "/bucket", schemaPath: "#/properties/bucket/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: v.properties.bucket, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/bucket", schemaPath: "#/properties/bucket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: v.properties.bucket, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/bucket", schemaPath: "#/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: v.properties.bucket.type, parentSchema: v.properties.bucket, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.expectedSizeGB !== void 0) {
      let o = m.expectedSizeGB;
      if (typeof o == "number" && isFinite(o)) {
        if (o > 1e8 || isNaN(o)) {
          const n = { instancePath: i + "/expectedSizeGB", schemaPath: "#/properties/expectedSizeGB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: v.properties.expectedSizeGB, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o <= 0 || isNaN(o)) {
          const n = { instancePath: i + "/expectedSizeGB", schemaPath: "#/properties/expectedSizeGB/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: v.properties.expectedSizeGB, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/expectedSizeGB", schemaPath: "#/properties/expectedSizeGB/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: v.properties.expectedSizeGB.type, parentSchema: v.properties.expectedSizeGB, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.versioning !== void 0) {
      let o = m.versioning;
      if (typeof o != "boolean") {
        const n = { instancePath: i + "/versioning", schemaPath: "#/properties/versioning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: v.properties.versioning.type, parentSchema: v.properties.versioning, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.publicAccess !== void 0) {
      let o = m.publicAccess;
      if (typeof o != "boolean") {
        const n = { instancePath: i + "/publicAccess", schemaPath: "#/properties/publicAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: v.properties.publicAccess.type, parentSchema: v.properties.publicAccess, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.lifecycle !== void 0) {
      let o = m.lifecycle;
      if (Array.isArray(o)) {
        if (o.length > 50) {
          const r = { instancePath: i + "/lifecycle", schemaPath: "#/properties/lifecycle/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: v.properties.lifecycle, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        const n = o.length;
        for (let r = 0; r < n; r++) {
          let t = o[r];
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.prefix === void 0) {
              const s = { instancePath: i + "/lifecycle/" + r, schemaPath: "#/properties/lifecycle/items/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'", schema: v.properties.lifecycle.items.required, parentSchema: v.properties.lifecycle.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.expireDays === void 0) {
              const s = { instancePath: i + "/lifecycle/" + r, schemaPath: "#/properties/lifecycle/items/required", keyword: "required", params: { missingProperty: "expireDays" }, message: "must have required property 'expireDays'", schema: v.properties.lifecycle.items.required, parentSchema: v.properties.lifecycle.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "prefix" || s === "expireDays")) {
              const p = { instancePath: i + "/lifecycle/" + r, schemaPath: "#/properties/lifecycle/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: v.properties.lifecycle.items, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.prefix !== void 0) {
              let s = t.prefix;
              if (typeof s == "string") {
                if (u(s) > 1024) {
                  const p = { instancePath: i + "/lifecycle/" + r + "/prefix", schemaPath: "#/properties/lifecycle/items/properties/prefix/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: v.properties.lifecycle.items.properties.prefix, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/lifecycle/" + r + "/prefix", schemaPath: "#/properties/lifecycle/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: v.properties.lifecycle.items.properties.prefix.type, parentSchema: v.properties.lifecycle.items.properties.prefix, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.expireDays !== void 0) {
              let s = t.expireDays;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/lifecycle/" + r + "/expireDays", schemaPath: "#/properties/lifecycle/items/properties/expireDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: v.properties.lifecycle.items.properties.expireDays.type, parentSchema: v.properties.lifecycle.items.properties.expireDays, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 36500 || isNaN(s)) {
                  const p = { instancePath: i + "/lifecycle/" + r + "/expireDays", schemaPath: "#/properties/lifecycle/items/properties/expireDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: v.properties.lifecycle.items.properties.expireDays, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/lifecycle/" + r + "/expireDays", schemaPath: "#/properties/lifecycle/items/properties/expireDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: v.properties.lifecycle.items.properties.expireDays, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/lifecycle/" + r, schemaPath: "#/properties/lifecycle/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: v.properties.lifecycle.items.type, parentSchema: v.properties.lifecycle.items, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: v.properties.lifecycle.type, parentSchema: v.properties.lifecycle, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.dimeAnalyticsAccess !== void 0) {
      let o = m.dimeAnalyticsAccess;
      if (typeof o != "boolean") {
        const n = { instancePath: i + "/dimeAnalyticsAccess", schemaPath: "defs.schema.json#/$defs/dimeAnalyticsAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: J.type, parentSchema: J, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.testedInDevelopment !== void 0) {
      let o = m.testedInDevelopment;
      if (typeof o == "string") {
        if (u(o) > 2e3) {
          const n = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: D, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 10) {
          const n = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: D, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/testedInDevelopment", schemaPath: "defs.schema.json#/$defs/testedInDevelopment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: D.type, parentSchema: D, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
  } else {
    const o = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: v.type, parentSchema: v, data: m };
    e === null ? e = [o] : e.push(o), a++;
  }
  return X.errors = e, a === 0;
}
X.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Se = Y;
var b = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "security-group.schema.json", title: "Security group", description: "A directory group of people (not a firewall): its members may start and stop the team's instances. The file's name must be the group's name.", type: "object", additionalProperties: false, required: ["kind", "name", "team", "units", "owners", "members", "chargeCodes"], properties: { kind: { const: "security-group", description: "Always `security-group` for this kind of request." }, name: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9-]+$", description: "The group's directory name, e.g. `WBGMaster-DIME-IC-Admin` (policy.yml sets the pattern)." }, team: { type: "object", additionalProperties: false, required: ["code", "name"], description: "The team the group belongs to.", properties: { code: { type: "string", minLength: 2, maxLength: 2, pattern: "^[A-Z]{2}$", description: "The team's two-letter code, e.g. `IC`; it appears in the group name." }, name: { $ref: "defs.schema.json#/$defs/shortText", description: "The team's name, e.g. `ieConnect`." } } }, units: { type: "array", minItems: 1, maxItems: 20, description: "The World Bank units the team belongs to, e.g. `[DECIE]`.", items: { type: "string", minLength: 2, maxLength: 20, pattern: "^[A-Z0-9]+$", description: "A unit code in capitals." } }, owners: { type: "array", minItems: 2, maxItems: 20, description: "The people who may add and remove owners and members: exactly one from the support team and at least one from the team.", items: { type: "object", additionalProperties: false, required: ["name", "cAccount"], properties: { name: { $ref: "defs.schema.json#/$defs/shortText", description: "Full name." }, cAccount: { $ref: "defs.schema.json#/$defs/cAccount" }, github: { $ref: "defs.schema.json#/$defs/githubLogin", description: "GitHub user name; owners approve membership changes on pull requests." }, role: { type: "string", enum: ["team", "dime-analytics"], description: "`team` (default) or `dime-analytics` for the support team's owner." }, displayed: { type: "boolean", description: "The owner shown in the directory as the group's contact; one team owner." } } } }, members: { type: "array", minItems: 1, maxItems: 500, uniqueItems: true, description: "Cloud accounts (c + UPI) of everyone who may start and stop the team's instances. Changes take up to 4 hours to apply.", items: { $ref: "defs.schema.json#/$defs/cAccount" } }, chargeCodes: { type: "array", minItems: 1, maxItems: 50, description: "The charge codes that pay for the group's resources. With several, each project names the one it uses by its tag.", items: { type: "object", additionalProperties: false, required: ["code", "tag"], properties: { code: { type: "string", minLength: 1, maxLength: 32, pattern: "^[A-Za-z0-9-]+$", description: 'The charge code, quoted, e.g. `"1234567"`.' }, tag: { type: "string", minLength: 1, maxLength: 63, pattern: "^[a-z0-9][a-z0-9-]*$", description: "A short name for this charge code that projects use to pick it, e.g. `ic-kenya`." } } } } } };
var B = { type: "string", minLength: 2, maxLength: 16, pattern: "^[A-Za-z][A-Za-z0-9]*$", description: "A cloud account: the letter c followed by the person's UPI, e.g. c123456." };
var ue = equal;
var de = new RegExp("^[A-Z]{2}$", "u");
var ne = new RegExp("^[A-Za-z][A-Za-z0-9]*$", "u");
function Y(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = Y.evaluated;
  if ($.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0), m && typeof m == "object" && !Array.isArray(m)) {
    if (m.kind === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.name === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.team === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.units === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "units" }, message: "must have required property 'units'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.owners === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.members === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    if (m.chargeCodes === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chargeCodes" }, message: "must have required property 'chargeCodes'", schema: b.required, parentSchema: b, data: m };
      e === null ? e = [o] : e.push(o), a++;
    }
    for (const o in m) if (!(o === "kind" || o === "name" || o === "team" || o === "units" || o === "owners" || o === "members" || o === "chargeCodes")) {
      const n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: b, data: m };
      e === null ? e = [n] : e.push(n), a++;
    }
    if (m.kind !== void 0) {
      let o = m.kind;
      if (o !== "security-group") {
        const n = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "security-group" }, message: "must be equal to constant", schema: "security-group", parentSchema: b.properties.kind, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.name !== void 0) {
      let o = m.name;
      if (typeof o == "string") {
        if (u(o) > 64) {
          const n = { instancePath: i + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: b.properties.name, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (u(o) < 1) {
          const n = { instancePath: i + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.name, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (!U.test(o)) {
          const n = { instancePath: i + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: b.properties.name, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
      } else {
        const n = { instancePath: i + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.name.type, parentSchema: b.properties.name, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.team !== void 0) {
      let o = m.team;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        if (o.code === void 0) {
          const n = { instancePath: i + "/team", schemaPath: "#/properties/team/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: b.properties.team.required, parentSchema: b.properties.team, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        if (o.name === void 0) {
          const n = { instancePath: i + "/team", schemaPath: "#/properties/team/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: b.properties.team.required, parentSchema: b.properties.team, data: o };
          e === null ? e = [n] : e.push(n), a++;
        }
        for (const n in o) if (!(n === "code" || n === "name")) {
          const r = { instancePath: i + "/team", schemaPath: "#/properties/team/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: b.properties.team, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.code !== void 0) {
          let n = o.code;
          if (typeof n == "string") {
            if (u(n) > 2) {
              const r = { instancePath: i + "/team/code", schemaPath: "#/properties/team/properties/code/maxLength", keyword: "maxLength", params: { limit: 2 }, message: "must NOT have more than 2 characters", schema: 2, parentSchema: b.properties.team.properties.code, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 2) {
              const r = { instancePath: i + "/team/code", schemaPath: "#/properties/team/properties/code/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: b.properties.team.properties.code, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (!de.test(n)) {
              const r = { instancePath: i + "/team/code", schemaPath: "#/properties/team/properties/code/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: b.properties.team.properties.code, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/team/code", schemaPath: "#/properties/team/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.team.properties.code.type, parentSchema: b.properties.team.properties.code, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
        if (o.name !== void 0) {
          let n = o.name;
          if (typeof n == "string") {
            if (u(n) > 200) {
              const r = { instancePath: i + "/team/name", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
            if (u(n) < 1) {
              const r = { instancePath: i + "/team/name", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: n };
              e === null ? e = [r] : e.push(r), a++;
            }
          } else {
            const r = { instancePath: i + "/team/name", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: n };
            e === null ? e = [r] : e.push(r), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/team", schemaPath: "#/properties/team/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.team.type, parentSchema: b.properties.team, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.units !== void 0) {
      let o = m.units;
      if (Array.isArray(o)) {
        if (o.length > 20) {
          const r = { instancePath: i + "/units", schemaPath: "#/properties/units/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: b.properties.units, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.length < 1) {
          const r = { instancePath: i + "/units", schemaPath: "#/properties/units/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: b.properties.units, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        const n = o.length;
        for (let r = 0; r < n; r++) {
          let t = o[r];
          if (typeof t == "string") {
            if (u(t) > 20) {
              const s = { instancePath: i + "/units/" + r, schemaPath: "#/properties/units/items/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: b.properties.units.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 2) {
              const s = { instancePath: i + "/units/" + r, schemaPath: "#/properties/units/items/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: b.properties.units.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (!ae.test(t)) {
              const s = { instancePath: i + "/units/" + r, schemaPath: "#/properties/units/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]+$" }, message: 'must match pattern "^[A-Z0-9]+$"', schema: "^[A-Z0-9]+$", parentSchema: b.properties.units.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/units/" + r, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.units.items.type, parentSchema: b.properties.units.items, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: b.properties.units.type, parentSchema: b.properties.units, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.owners !== void 0) {
      let o = m.owners;
      if (Array.isArray(o)) {
        if (o.length > 20) {
          const r = { instancePath: i + "/owners", schemaPath: "#/properties/owners/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: b.properties.owners, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.length < 2) {
          const r = { instancePath: i + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: b.properties.owners, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        const n = o.length;
        for (let r = 0; r < n; r++) {
          let t = o[r];
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/owners/" + r, schemaPath: "#/properties/owners/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: b.properties.owners.items.required, parentSchema: b.properties.owners.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.cAccount === void 0) {
              const s = { instancePath: i + "/owners/" + r, schemaPath: "#/properties/owners/items/required", keyword: "required", params: { missingProperty: "cAccount" }, message: "must have required property 'cAccount'", schema: b.properties.owners.items.required, parentSchema: b.properties.owners.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "cAccount" || s === "github" || s === "role" || s === "displayed")) {
              const p = { instancePath: i + "/owners/" + r, schemaPath: "#/properties/owners/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: b.properties.owners.items, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 200) {
                  const p = { instancePath: i + "/owners/" + r + "/name", schemaPath: "defs.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: L, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/owners/" + r + "/name", schemaPath: "defs.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/owners/" + r + "/name", schemaPath: "defs.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.cAccount !== void 0) {
              let s = t.cAccount;
              if (typeof s == "string") {
                if (u(s) > 16) {
                  const p = { instancePath: i + "/owners/" + r + "/cAccount", schemaPath: "defs.schema.json#/$defs/cAccount/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: B, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 2) {
                  const p = { instancePath: i + "/owners/" + r + "/cAccount", schemaPath: "defs.schema.json#/$defs/cAccount/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: B, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!ne.test(s)) {
                  const p = { instancePath: i + "/owners/" + r + "/cAccount", schemaPath: "defs.schema.json#/$defs/cAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*$"', schema: "^[A-Za-z][A-Za-z0-9]*$", parentSchema: B, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/owners/" + r + "/cAccount", schemaPath: "defs.schema.json#/$defs/cAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: B.type, parentSchema: B, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.github !== void 0) {
              let s = t.github;
              if (typeof s == "string") {
                if (u(s) > 39) {
                  const p = { instancePath: i + "/owners/" + r + "/github", schemaPath: "defs.schema.json#/$defs/githubLogin/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters", schema: 39, parentSchema: z, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/owners/" + r + "/github", schemaPath: "defs.schema.json#/$defs/githubLogin/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: z, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!re.test(s)) {
                  const p = { instancePath: i + "/owners/" + r + "/github", schemaPath: "defs.schema.json#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: z, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/owners/" + r + "/github", schemaPath: "defs.schema.json#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: z.type, parentSchema: z, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.role !== void 0) {
              let s = t.role;
              if (typeof s != "string") {
                const p = { instancePath: i + "/owners/" + r + "/role", schemaPath: "#/properties/owners/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.owners.items.properties.role.type, parentSchema: b.properties.owners.items.properties.role, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (!(s === "team" || s === "dime-analytics")) {
                const p = { instancePath: i + "/owners/" + r + "/role", schemaPath: "#/properties/owners/items/properties/role/enum", keyword: "enum", params: { allowedValues: b.properties.owners.items.properties.role.enum }, message: "must be equal to one of the allowed values", schema: b.properties.owners.items.properties.role.enum, parentSchema: b.properties.owners.items.properties.role, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.displayed !== void 0) {
              let s = t.displayed;
              if (typeof s != "boolean") {
                const p = { instancePath: i + "/owners/" + r + "/displayed", schemaPath: "#/properties/owners/items/properties/displayed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: b.properties.owners.items.properties.displayed.type, parentSchema: b.properties.owners.items.properties.displayed, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/owners/" + r, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.owners.items.type, parentSchema: b.properties.owners.items, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: b.properties.owners.type, parentSchema: b.properties.owners, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.members !== void 0) {
      let o = m.members;
      if (Array.isArray(o)) {
        if (o.length > 500) {
          const s = { instancePath: i + "/members", schemaPath: "#/properties/members/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: b.properties.members, data: o };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (o.length < 1) {
          const s = { instancePath: i + "/members", schemaPath: "#/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: b.properties.members, data: o };
          e === null ? e = [s] : e.push(s), a++;
        }
        const n = o.length;
        for (let s = 0; s < n; s++) {
          let p = o[s];
          if (typeof p == "string") {
            if (u(p) > 16) {
              const h = { instancePath: i + "/members/" + s, schemaPath: "defs.schema.json#/$defs/cAccount/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: B, data: p };
              e === null ? e = [h] : e.push(h), a++;
            }
            if (u(p) < 2) {
              const h = { instancePath: i + "/members/" + s, schemaPath: "defs.schema.json#/$defs/cAccount/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: B, data: p };
              e === null ? e = [h] : e.push(h), a++;
            }
            if (!ne.test(p)) {
              const h = { instancePath: i + "/members/" + s, schemaPath: "defs.schema.json#/$defs/cAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*$"', schema: "^[A-Za-z][A-Za-z0-9]*$", parentSchema: B, data: p };
              e === null ? e = [h] : e.push(h), a++;
            }
          } else {
            const h = { instancePath: i + "/members/" + s, schemaPath: "defs.schema.json#/$defs/cAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: B.type, parentSchema: B, data: p };
            e === null ? e = [h] : e.push(h), a++;
          }
        }
        let r = o.length, t;
        if (r > 1) {
          e: for (; r--; ) for (t = r; t--; ) if (ue(o[r], o[t])) {
            const s = { instancePath: i + "/members", schemaPath: "#/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: r, j: t }, message: "must NOT have duplicate items (items ## " + t + " and " + r + " are identical)", schema: true, parentSchema: b.properties.members, data: o };
            e === null ? e = [s] : e.push(s), a++;
            break e;
          }
        }
      } else {
        const n = { instancePath: i + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: b.properties.members.type, parentSchema: b.properties.members, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
    if (m.chargeCodes !== void 0) {
      let o = m.chargeCodes;
      if (Array.isArray(o)) {
        if (o.length > 50) {
          const r = { instancePath: i + "/chargeCodes", schemaPath: "#/properties/chargeCodes/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: b.properties.chargeCodes, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        if (o.length < 1) {
          const r = { instancePath: i + "/chargeCodes", schemaPath: "#/properties/chargeCodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: b.properties.chargeCodes, data: o };
          e === null ? e = [r] : e.push(r), a++;
        }
        const n = o.length;
        for (let r = 0; r < n; r++) {
          let t = o[r];
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.code === void 0) {
              const s = { instancePath: i + "/chargeCodes/" + r, schemaPath: "#/properties/chargeCodes/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: b.properties.chargeCodes.items.required, parentSchema: b.properties.chargeCodes.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.tag === void 0) {
              const s = { instancePath: i + "/chargeCodes/" + r, schemaPath: "#/properties/chargeCodes/items/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: b.properties.chargeCodes.items.required, parentSchema: b.properties.chargeCodes.items, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "code" || s === "tag")) {
              const p = { instancePath: i + "/chargeCodes/" + r, schemaPath: "#/properties/chargeCodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: b.properties.chargeCodes.items, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.code !== void 0) {
              let s = t.code;
              if (typeof s == "string") {
                if (u(s) > 32) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/code", schemaPath: "#/properties/chargeCodes/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: b.properties.chargeCodes.items.properties.code, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/code", schemaPath: "#/properties/chargeCodes/items/properties/code/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.chargeCodes.items.properties.code, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!U.test(s)) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/code", schemaPath: "#/properties/chargeCodes/items/properties/code/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: b.properties.chargeCodes.items.properties.code, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/chargeCodes/" + r + "/code", schemaPath: "#/properties/chargeCodes/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.chargeCodes.items.properties.code.type, parentSchema: b.properties.chargeCodes.items.properties.code, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.tag !== void 0) {
              let s = t.tag;
              if (typeof s == "string") {
                if (u(s) > 63) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/tag", schemaPath: "#/properties/chargeCodes/items/properties/tag/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: b.properties.chargeCodes.items.properties.tag, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/tag", schemaPath: "#/properties/chargeCodes/items/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.chargeCodes.items.properties.tag, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!te.test(s)) {
                  const p = { instancePath: i + "/chargeCodes/" + r + "/tag", schemaPath: "#/properties/chargeCodes/items/properties/tag/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: b.properties.chargeCodes.items.properties.tag, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/chargeCodes/" + r + "/tag", schemaPath: "#/properties/chargeCodes/items/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.chargeCodes.items.properties.tag.type, parentSchema: b.properties.chargeCodes.items.properties.tag, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/chargeCodes/" + r, schemaPath: "#/properties/chargeCodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.chargeCodes.items.type, parentSchema: b.properties.chargeCodes.items, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const n = { instancePath: i + "/chargeCodes", schemaPath: "#/properties/chargeCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: b.properties.chargeCodes.type, parentSchema: b.properties.chargeCodes, data: o };
        e === null ? e = [n] : e.push(n), a++;
      }
    }
  } else {
    const o = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: m };
    e === null ? e = [o] : e.push(o), a++;
  }
  return Y.errors = e, a === 0;
}
Y.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var xe = ee;
var c = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "policy.schema.json", title: "aws-requests policy", description: "The organisation's rules for cloud-resource requests: accounts, reviewers, standard software, internal networks, name patterns, labels, limits and ticket tags. Changed only by a reviewed pull request.", type: "object", additionalProperties: false, required: ["version", "organisation", "region", "accounts", "kinds", "reviewers", "supportGroup", "software", "networks", "patterns", "dataClassifications", "labels", "limits", "tags", "promotion", "tickets"], properties: { $schema: { description: "Where editors find this schema. Ignored by the checker.", type: "string", maxLength: 500 }, version: { description: "The format of this file. Only version 1 exists.", type: "integer", const: 1 }, organisation: { description: "The organisation's short name, shown in comments and tickets (e.g. DIME).", type: "string", minLength: 1, maxLength: 100 }, region: { description: "The AWS region where every resource is created (e.g. us-east-1).", type: "string", minLength: 9, maxLength: 32, pattern: "^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$" }, accounts: { description: "The two AWS accounts, by the names IT services uses for them.", type: "object", additionalProperties: false, required: ["production", "development"], properties: { production: { description: "The production account: where computation resources are created, and where application resources go once promoted.", $ref: "#/$defs/displayName" }, development: { description: "The development (testing) account: where every new application resource is created first.", $ref: "#/$defs/displayName" } } }, kinds: { description: "The kinds of request file this repository accepts.", type: "array", minItems: 1, maxItems: 4, uniqueItems: true, items: { description: "A request kind.", type: "string", enum: ["project", "ec2-instance", "s3-bucket", "security-group"] } }, reviewers: { description: "The groups whose approval requests need.", type: "object", additionalProperties: false, required: ["support", "security"], properties: { support: { description: "The support team (DIME Analytics): reviews every request before it goes to IT services.", $ref: "#/$defs/reviewerGroup" }, security: { description: "The information-security office (OIS): approves every application use case and every promotion to production.", $ref: "#/$defs/reviewerGroup" } } }, supportGroup: { description: "The support team's directory group, added to every resource unless a request opts out.", type: "object", additionalProperties: false, required: ["name", "ownerRole"], properties: { name: { description: "The directory group's name, as written in tickets.", type: "string", minLength: 1, maxLength: 256 }, ownerRole: { description: "The `role` written next to the support team's owner of each security group (e.g. dime-analytics).", $ref: "#/$defs/slug" } } }, software: { description: "Which software counts as standard. A request with only standard software can stay a computation request.", type: "object", additionalProperties: false, required: ["standard", "preApproved", "languageSources"], properties: { standard: { description: "Package names from the operating system vendor's official repositories (Red Hat BaseOS and AppStream), exactly as dnf spells them.", type: "array", maxItems: 2e4, uniqueItems: true, items: { description: "A package name, e.g. python3.11.", type: "string", maxLength: 128, $ref: "#/$defs/packageName" } }, preApproved: { description: "Software outside the vendor's repositories that the organisation treats as standard anyway (e.g. R from EPEL), each with the reason.", type: "array", maxItems: 1e3, items: { description: "One pre-approved package and why it is allowed.", type: "object", additionalProperties: false, required: ["name", "note"], properties: { name: { description: "The package name as requests write it, e.g. R.", $ref: "#/$defs/packageName" }, note: { description: "Why this package counts as standard, for reviewers and for the ticket.", type: "string", minLength: 1, maxLength: 500 } } } }, languageSources: { description: "Programming-language package managers (e.g. pip, cran) whose packages count as standard when a request names them as the source.", type: "array", maxItems: 50, uniqueItems: true, items: { description: "A source name as requests write it in `source:`.", type: "string", maxLength: 64, $ref: "#/$defs/slug" } } } }, networks: { description: "Network ranges, in CIDR notation.", type: "object", additionalProperties: false, required: ["internal"], properties: { internal: { description: "Ranges that count as internal. Incoming traffic from anywhere else makes a request an application.", type: "array", maxItems: 500, uniqueItems: true, items: { description: "An IPv4 or IPv6 range such as 10.0.0.0/8.", type: "string", minLength: 3, maxLength: 43, pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" } } } }, patterns: { description: "Regular expressions that names must match.", type: "object", additionalProperties: false, required: ["securityGroup", "cAccount", "projectTag", "requestId"], properties: { securityGroup: { description: "Directory security-group names, e.g. ^WBGMaster-DIME-[A-Z]{2}-Admin$.", $ref: "#/$defs/regex" }, cAccount: { description: "Cloud-account ids of group owners and members, e.g. ^c\\d+$.", $ref: "#/$defs/regex" }, projectTag: { description: "The project tag IT services builds from a project's short name, e.g. ^dime[a-z0-9]{2,40}$.", $ref: "#/$defs/regex" }, requestId: { description: "Request ids, which are file names without .yml; security-group files are named after the group, so allow capitals.", $ref: "#/$defs/regex" } } }, dataClassifications: { description: "The information classification levels a request may give its data, as written in request files.", type: "array", minItems: 1, maxItems: 20, uniqueItems: true, items: { description: "A classification level, e.g. official-use-only.", type: "string", maxLength: 64, $ref: "#/$defs/slug" } }, labels: { description: "The labels the Action puts on pull requests, one per role.", type: "object", additionalProperties: false, required: ["computation", "application", "documentation", "policy", "securityApprovalRequired", "invalid"], properties: { computation: { description: "On pull requests whose strictest request is a computation use case.", $ref: "#/$defs/label" }, application: { description: "On pull requests with at least one application use case.", $ref: "#/$defs/label" }, documentation: { description: "On pull requests that change only the guidance in docs/.", $ref: "#/$defs/label" }, policy: { description: "On pull requests that change the policy, schemas, code or workflows.", $ref: "#/$defs/label" }, securityApprovalRequired: { description: "While a pull request waits for the information-security office's approval.", $ref: "#/$defs/label" }, invalid: { description: "While a request file in the pull request has errors.", $ref: "#/$defs/label" } } }, limits: { description: "Limits on request files (to protect the checker) and on the resources requested (AWS's maxima, raised here when AWS raises them).", type: "object", additionalProperties: false, required: ["maxFileBytes", "maxDepth", "maxNodes", "rootVolumeGiB", "dataVolumeGiB", "memoryGiB", "vcpus", "bucketSizeGB"], properties: { maxFileBytes: { description: "Largest request file, in bytes. At most 512,000: GitHub's API sends the text of larger files cut short, so they could not be judged whole.", type: "integer", minimum: 1024, maximum: 512e3 }, maxDepth: { description: "Deepest nesting of lists and mappings in a request file.", type: "integer", minimum: 2, maximum: 1e3 }, maxNodes: { description: "Most values (mappings, lists and scalars) in one request file.", type: "integer", minimum: 10, maximum: 1e7 }, rootVolumeGiB: { description: "Smallest and largest root (system) volume of an instance, in GiB.", $ref: "#/$defs/sizeRange" }, dataVolumeGiB: { description: "Smallest and largest extra data volume of an instance, in GiB.", $ref: "#/$defs/sizeRange" }, memoryGiB: { description: "The most memory a request may ask for.", $ref: "#/$defs/maximum" }, vcpus: { description: "The most vCPUs a request may ask for.", $ref: "#/$defs/maximum" }, bucketSizeGB: { description: "The largest expected size of a bucket.", $ref: "#/$defs/maximum" } } }, tags: { description: "The AWS tags written into every ticket and where each value comes from. AWS allows at most 50 tags on a resource.", type: "array", maxItems: 50, items: { description: "One tag.", $ref: "#/$defs/tag" } }, promotion: { description: "Rules for promoting an application from the development account to production.", type: "object", additionalProperties: false, required: ["minimumDays"], properties: { minimumDays: { description: "The least number of days an application must have been in development before promotion (0: no waiting period).", type: "integer", minimum: 0, maximum: 3650 } } }, tickets: { description: "How merged requests become tickets: who handles them, their labels, and the wording of each ticket (logic-less templates: {{value}}, {{#list}}...{{/list}}, {{^value}}...{{/value}}).", type: "object", additionalProperties: false, required: ["handlers", "labels", "checklistLabels", "markdown", "text", "checklist"], properties: { handlers: { description: "GitHub logins assigned to each IT-services ticket issue (the people who forward it to IT services).", type: "array", maxItems: 10, items: { type: "string", minLength: 1, maxLength: 39, pattern: "^[A-Za-z0-9-]+$" } }, labels: { type: "array", maxItems: 10, items: { type: "string", minLength: 1, maxLength: 50 }, description: "Labels put on every IT-services ticket issue; the use case (computation or application) is added." }, checklistLabels: { type: "array", maxItems: 10, items: { type: "string", minLength: 1, maxLength: 50 }, description: "Labels put on every owner checklist issue (group membership changes)." }, markdown: { description: "The IT-services ticket as Markdown, for the GitHub issue.", type: "string", minLength: 1, maxLength: 2e4 }, text: { description: "The same ticket as plain text, for an e-mail to IT services.", type: "string", minLength: 1, maxLength: 2e4 }, checklist: { description: "The owner checklist for a group membership change, as Markdown.", type: "string", minLength: 1, maxLength: 2e4 } } } }, $defs: { displayName: { description: "A name shown to people.", type: "string", minLength: 1, maxLength: 200 }, slug: { description: "A lower-case word with digits and hyphens, e.g. official-use-only.", type: "string", minLength: 1, maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, packageName: { description: "A package name: letters, digits and . _ + -.", type: "string", minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$" }, regex: { description: "A JavaScript regular expression (Unicode mode), usually anchored with ^ and $. The policy loader checks that it compiles.", type: "string", minLength: 1, maxLength: 500 }, reviewerGroup: { description: "A group of GitHub reviewers: users, teams, or both.", type: "object", additionalProperties: false, required: ["name", "users", "teams"], properties: { name: { description: "How comments and tickets call this group, e.g. DIME Analytics.", $ref: "#/$defs/displayName" }, users: { description: "GitHub user names whose approval counts for this group.", type: "array", maxItems: 200, uniqueItems: true, items: { description: "A GitHub user name.", type: "string", minLength: 1, maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" } }, teams: { description: "GitHub teams whose members' approval counts for this group, as `team` (same organisation as the repository) or `organisation/team`.", type: "array", maxItems: 50, uniqueItems: true, items: { description: "A GitHub team slug, optionally prefixed with its organisation.", type: "string", minLength: 1, maxLength: 140, pattern: "^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$" } } }, anyOf: [{ properties: { users: { type: "array", minItems: 1 } } }, { properties: { teams: { type: "array", minItems: 1 } } }] }, label: { description: "A GitHub label.", type: "object", additionalProperties: false, required: ["name", "color", "description"], properties: { name: { description: "The label's name on GitHub.", type: "string", minLength: 1, maxLength: 50 }, color: { description: "The label's colour: six hexadecimal digits without the #, e.g. 0e8a16.", type: "string", minLength: 6, maxLength: 6, pattern: "^[0-9A-Fa-f]{6}$" }, description: { description: "The label's description on GitHub (at most 100 characters).", type: "string", maxLength: 100 } } }, sizeRange: { description: "A smallest and a largest size.", type: "object", additionalProperties: false, required: ["min", "max"], properties: { min: { description: "The smallest size allowed.", type: "integer", minimum: 1, maximum: 1e9 }, max: { description: "The largest size allowed.", type: "integer", minimum: 1, maximum: 1e9 } } }, maximum: { description: "An upper bound.", type: "object", additionalProperties: false, required: ["max"], properties: { max: { description: "The largest value allowed.", type: "integer", minimum: 1, maximum: 1e12 } } }, tag: { description: "An AWS tag and where its value comes from.", type: "object", additionalProperties: false, required: ["key", "from"], properties: { key: { description: "The tag key: 1 to 128 letters, digits, spaces and + - = . _ : / @, not starting with aws:.", type: "string", minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$" }, from: { description: "Where the value comes from: a field of the request's context, or `literal` for the fixed text in `value`.", type: "string", enum: ["project.tag", "chargeCode.code", "chargeCode.tag", "securityGroup", "useCase", "environment", "dataClassification", "requestId", "requestFile", "approvers", "account", "literal"] }, value: { description: "The fixed value, with `from: literal`: up to 256 letters, digits, spaces and + - = . _ : / @.", type: "string", maxLength: 256, pattern: "^[A-Za-z0-9 +=._:/@-]{0,256}$" }, optional: { description: "Leave the tag out when its value is empty, instead of reporting an error.", type: "boolean" } }, if: { properties: { from: { description: "A tag with a fixed value.", type: "string", const: "literal" } } }, then: { properties: { value: { description: "Required with `from: literal`.", type: "string", maxLength: 256 } }, required: ["value"] }, else: { properties: { value: { description: "Allowed only with `from: literal`; other tags take their value from the request.", not: {} } } } } } };
var O = { description: "A name shown to people.", type: "string", minLength: 1, maxLength: 200 };
var j = { description: "A lower-case word with digits and hyphens, e.g. official-use-only.", type: "string", minLength: 1, maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var Z = { description: "A package name: letters, digits and . _ + -.", type: "string", minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$" };
var T = { description: "A JavaScript regular expression (Unicode mode), usually anchored with ^ and $. The policy loader checks that it compiles.", type: "string", minLength: 1, maxLength: 500 };
var g = { description: "A GitHub label.", type: "object", additionalProperties: false, required: ["name", "color", "description"], properties: { name: { description: "The label's name on GitHub.", type: "string", minLength: 1, maxLength: 50 }, color: { description: "The label's colour: six hexadecimal digits without the #, e.g. 0e8a16.", type: "string", minLength: 6, maxLength: 6, pattern: "^[0-9A-Fa-f]{6}$" }, description: { description: "The label's description on GitHub (at most 100 characters).", type: "string", maxLength: 100 } } };
var A = { description: "A smallest and a largest size.", type: "object", additionalProperties: false, required: ["min", "max"], properties: { min: { description: "The smallest size allowed.", type: "integer", minimum: 1, maximum: 1e9 }, max: { description: "The largest size allowed.", type: "integer", minimum: 1, maximum: 1e9 } } };
var N = { description: "An upper bound.", type: "object", additionalProperties: false, required: ["max"], properties: { max: { description: "The largest value allowed.", type: "integer", minimum: 1, maximum: 1e12 } } };
var x = { description: "An AWS tag and where its value comes from.", type: "object", additionalProperties: false, required: ["key", "from"], properties: { key: { description: "The tag key: 1 to 128 letters, digits, spaces and + - = . _ : / @, not starting with aws:.", type: "string", minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$" }, from: { description: "Where the value comes from: a field of the request's context, or `literal` for the fixed text in `value`.", type: "string", enum: ["project.tag", "chargeCode.code", "chargeCode.tag", "securityGroup", "useCase", "environment", "dataClassification", "requestId", "requestFile", "approvers", "account", "literal"] }, value: { description: "The fixed value, with `from: literal`: up to 256 letters, digits, spaces and + - = . _ : / @.", type: "string", maxLength: 256, pattern: "^[A-Za-z0-9 +=._:/@-]{0,256}$" }, optional: { description: "Leave the tag out when its value is empty, instead of reporting an error.", type: "boolean" } }, if: { properties: { from: { description: "A tag with a fixed value.", type: "string", const: "literal" } } }, then: { properties: { value: { description: "Required with `from: literal`.", type: "string", maxLength: 256 } }, required: ["value"] }, else: { properties: { value: { description: "Allowed only with `from: literal`; other tags take their value from the request.", not: {} } } } };
var fe = new RegExp("^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$", "u");
var se = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var oe = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$", "u");
var ye = new RegExp("^[0-9A-Fa-f:.]+/[0-9]{1,3}$", "u");
var _ = new RegExp("^[0-9A-Fa-f]{6}$", "u");
var ge = new RegExp("^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$", "u");
var we = new RegExp("^[A-Za-z0-9 +=._:/@-]{0,256}$", "u");
var S = { description: "A group of GitHub reviewers: users, teams, or both.", type: "object", additionalProperties: false, required: ["name", "users", "teams"], properties: { name: { description: "How comments and tickets call this group, e.g. DIME Analytics.", $ref: "#/$defs/displayName" }, users: { description: "GitHub user names whose approval counts for this group.", type: "array", maxItems: 200, uniqueItems: true, items: { description: "A GitHub user name.", type: "string", minLength: 1, maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" } }, teams: { description: "GitHub teams whose members' approval counts for this group, as `team` (same organisation as the repository) or `organisation/team`.", type: "array", maxItems: 50, uniqueItems: true, items: { description: "A GitHub team slug, optionally prefixed with its organisation.", type: "string", minLength: 1, maxLength: 140, pattern: "^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$" } } }, anyOf: [{ properties: { users: { type: "array", minItems: 1 } } }, { properties: { teams: { type: "array", minItems: 1 } } }] };
var ke = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
var be = new RegExp("^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$", "u");
function C(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = C.evaluated;
  $.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0);
  const o = a;
  let n = false;
  const r = a;
  if (m && typeof m == "object" && !Array.isArray(m) && m.users !== void 0) {
    let h = m.users;
    if (Array.isArray(h)) {
      if (h.length < 1) {
        const l = { instancePath: i + "/users", schemaPath: "#/anyOf/0/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: S.anyOf[0].properties.users, data: h };
        e === null ? e = [l] : e.push(l), a++;
      }
    } else {
      const l = { instancePath: i + "/users", schemaPath: "#/anyOf/0/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: S.anyOf[0].properties.users.type, parentSchema: S.anyOf[0].properties.users, data: h };
      e === null ? e = [l] : e.push(l), a++;
    }
  }
  var p = r === a;
  if (n = n || p, p) {
    var t = {};
    t.users = true;
  }
  const s = a;
  if (m && typeof m == "object" && !Array.isArray(m) && m.teams !== void 0) {
    let h = m.teams;
    if (Array.isArray(h)) {
      if (h.length < 1) {
        const l = { instancePath: i + "/teams", schemaPath: "#/anyOf/1/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: S.anyOf[1].properties.teams, data: h };
        e === null ? e = [l] : e.push(l), a++;
      }
    } else {
      const l = { instancePath: i + "/teams", schemaPath: "#/anyOf/1/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: S.anyOf[1].properties.teams.type, parentSchema: S.anyOf[1].properties.teams, data: h };
      e === null ? e = [l] : e.push(l), a++;
    }
  }
  var p = s === a;
  if (n = n || p, p && t !== true && (t = t || {}, t.teams = true), n) a = o, e !== null && (o ? e.length = o : e = null);
  else {
    const h = { instancePath: i, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: S.anyOf, parentSchema: S, data: m };
    e === null ? e = [h] : e.push(h), a++;
  }
  if (m && typeof m == "object" && !Array.isArray(m)) {
    if (m.name === void 0) {
      const h = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: S.required, parentSchema: S, data: m };
      e === null ? e = [h] : e.push(h), a++;
    }
    if (m.users === void 0) {
      const h = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, message: "must have required property 'users'", schema: S.required, parentSchema: S, data: m };
      e === null ? e = [h] : e.push(h), a++;
    }
    if (m.teams === void 0) {
      const h = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "teams" }, message: "must have required property 'teams'", schema: S.required, parentSchema: S, data: m };
      e === null ? e = [h] : e.push(h), a++;
    }
    for (const h in m) if (!(h === "name" || h === "users" || h === "teams")) {
      const l = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: h }, message: "must NOT have additional properties", schema: false, parentSchema: S, data: m };
      e === null ? e = [l] : e.push(l), a++;
    }
    if (m.name !== void 0) {
      let h = m.name;
      if (typeof h == "string") {
        if (u(h) > 200) {
          const l = { instancePath: i + "/name", schemaPath: "#/$defs/displayName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: O, data: h };
          e === null ? e = [l] : e.push(l), a++;
        }
        if (u(h) < 1) {
          const l = { instancePath: i + "/name", schemaPath: "#/$defs/displayName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: O, data: h };
          e === null ? e = [l] : e.push(l), a++;
        }
      } else {
        const l = { instancePath: i + "/name", schemaPath: "#/$defs/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: O.type, parentSchema: O, data: h };
        e === null ? e = [l] : e.push(l), a++;
      }
    }
    if (m.users !== void 0) {
      let h = m.users;
      if (Array.isArray(h)) {
        if (h.length > 200) {
          const y = { instancePath: i + "/users", schemaPath: "#/properties/users/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: S.properties.users, data: h };
          e === null ? e = [y] : e.push(y), a++;
        }
        const l = h.length;
        for (let y = 0; y < l; y++) {
          let P = h[y];
          if (typeof P == "string") {
            if (u(P) > 39) {
              const q = { instancePath: i + "/users/" + y, schemaPath: "#/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters", schema: 39, parentSchema: S.properties.users.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
            if (u(P) < 1) {
              const q = { instancePath: i + "/users/" + y, schemaPath: "#/properties/users/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.users.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
            if (!ke.test(P)) {
              const q = { instancePath: i + "/users/" + y, schemaPath: "#/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: S.properties.users.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
          } else {
            const q = { instancePath: i + "/users/" + y, schemaPath: "#/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.users.items.type, parentSchema: S.properties.users.items, data: P };
            e === null ? e = [q] : e.push(q), a++;
          }
        }
        let w = h.length, f;
        if (w > 1) {
          const y = {};
          for (; w--; ) {
            let P = h[w];
            if (typeof P == "string") {
              if (typeof y[P] == "number") {
                f = y[P];
                const q = { instancePath: i + "/users", schemaPath: "#/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: w, j: f }, message: "must NOT have duplicate items (items ## " + f + " and " + w + " are identical)", schema: true, parentSchema: S.properties.users, data: h };
                e === null ? e = [q] : e.push(q), a++;
                break;
              }
              y[P] = w;
            }
          }
        }
      } else {
        const l = { instancePath: i + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: S.properties.users.type, parentSchema: S.properties.users, data: h };
        e === null ? e = [l] : e.push(l), a++;
      }
    }
    if (m.teams !== void 0) {
      let h = m.teams;
      if (Array.isArray(h)) {
        if (h.length > 50) {
          const y = { instancePath: i + "/teams", schemaPath: "#/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: S.properties.teams, data: h };
          e === null ? e = [y] : e.push(y), a++;
        }
        const l = h.length;
        for (let y = 0; y < l; y++) {
          let P = h[y];
          if (typeof P == "string") {
            if (u(P) > 140) {
              const q = { instancePath: i + "/teams/" + y, schemaPath: "#/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters", schema: 140, parentSchema: S.properties.teams.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
            if (u(P) < 1) {
              const q = { instancePath: i + "/teams/" + y, schemaPath: "#/properties/teams/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.teams.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
            if (!be.test(P)) {
              const q = { instancePath: i + "/teams/" + y, schemaPath: "#/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$" }, message: 'must match pattern "^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$"', schema: "^(?:[A-Za-z0-9][A-Za-z0-9-]{0,38}/)?[A-Za-z0-9_.-]{1,100}$", parentSchema: S.properties.teams.items, data: P };
              e === null ? e = [q] : e.push(q), a++;
            }
          } else {
            const q = { instancePath: i + "/teams/" + y, schemaPath: "#/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.teams.items.type, parentSchema: S.properties.teams.items, data: P };
            e === null ? e = [q] : e.push(q), a++;
          }
        }
        let w = h.length, f;
        if (w > 1) {
          const y = {};
          for (; w--; ) {
            let P = h[w];
            if (typeof P == "string") {
              if (typeof y[P] == "number") {
                f = y[P];
                const q = { instancePath: i + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: w, j: f }, message: "must NOT have duplicate items (items ## " + f + " and " + w + " are identical)", schema: true, parentSchema: S.properties.teams, data: h };
                e === null ? e = [q] : e.push(q), a++;
                break;
              }
              y[P] = w;
            }
          }
        }
      } else {
        const l = { instancePath: i + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: S.properties.teams.type, parentSchema: S.properties.teams, data: h };
        e === null ? e = [l] : e.push(l), a++;
      }
    }
  } else {
    const h = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.type, parentSchema: S, data: m };
    e === null ? e = [h] : e.push(h), a++;
  }
  return C.errors = e, a === 0;
}
C.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ee(m, { instancePath: i = "", parentData: V, parentDataProperty: E, rootData: R = m, dynamicAnchors: F = {} } = {}) {
  let e = null, a = 0;
  const $ = ee.evaluated;
  if ($.dynamicProps && ($.props = void 0), $.dynamicItems && ($.items = void 0), m && typeof m == "object" && !Array.isArray(m)) {
    if (m.version === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.organisation === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisation" }, message: "must have required property 'organisation'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.region === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.accounts === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accounts" }, message: "must have required property 'accounts'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.kinds === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.reviewers === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewers" }, message: "must have required property 'reviewers'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.supportGroup === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "supportGroup" }, message: "must have required property 'supportGroup'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.software === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "software" }, message: "must have required property 'software'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.networks === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "networks" }, message: "must have required property 'networks'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.patterns === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "patterns" }, message: "must have required property 'patterns'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.dataClassifications === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataClassifications" }, message: "must have required property 'dataClassifications'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.labels === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.limits === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.tags === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.promotion === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "promotion" }, message: "must have required property 'promotion'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    if (m.tickets === void 0) {
      const r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tickets" }, message: "must have required property 'tickets'", schema: c.required, parentSchema: c, data: m };
      e === null ? e = [r] : e.push(r), a++;
    }
    for (const r in m) if (!H.call(c.properties, r)) {
      const t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: c, data: m };
      e === null ? e = [t] : e.push(t), a++;
    }
    if (m.$schema !== void 0) {
      let r = m.$schema;
      if (typeof r == "string") {
        if (u(r) > 500) {
          const t = { instancePath: i + "/$schema", schemaPath: "#/properties/%24schema/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: c.properties.$schema, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
      } else {
        const t = { instancePath: i + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.$schema.type, parentSchema: c.properties.$schema, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.version !== void 0) {
      let r = m.version;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        const t = { instancePath: i + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.version.type, parentSchema: c.properties.version, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
      if (r !== 1) {
        const t = { instancePath: i + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: c.properties.version, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.organisation !== void 0) {
      let r = m.organisation;
      if (typeof r == "string") {
        if (u(r) > 100) {
          const t = { instancePath: i + "/organisation", schemaPath: "#/properties/organisation/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: c.properties.organisation, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (u(r) < 1) {
          const t = { instancePath: i + "/organisation", schemaPath: "#/properties/organisation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.organisation, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
      } else {
        const t = { instancePath: i + "/organisation", schemaPath: "#/properties/organisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.organisation.type, parentSchema: c.properties.organisation, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.region !== void 0) {
      let r = m.region;
      if (typeof r == "string") {
        if (u(r) > 32) {
          const t = { instancePath: i + "/region", schemaPath: "#/properties/region/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: c.properties.region, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (u(r) < 9) {
          const t = { instancePath: i + "/region", schemaPath: "#/properties/region/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: c.properties.region, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (!fe.test(r)) {
          const t = { instancePath: i + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$"', schema: "^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$", parentSchema: c.properties.region, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
      } else {
        const t = { instancePath: i + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.region.type, parentSchema: c.properties.region, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.accounts !== void 0) {
      let r = m.accounts;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.production === void 0) {
          const t = { instancePath: i + "/accounts", schemaPath: "#/properties/accounts/required", keyword: "required", params: { missingProperty: "production" }, message: "must have required property 'production'", schema: c.properties.accounts.required, parentSchema: c.properties.accounts, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.development === void 0) {
          const t = { instancePath: i + "/accounts", schemaPath: "#/properties/accounts/required", keyword: "required", params: { missingProperty: "development" }, message: "must have required property 'development'", schema: c.properties.accounts.required, parentSchema: c.properties.accounts, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "production" || t === "development")) {
          const s = { instancePath: i + "/accounts", schemaPath: "#/properties/accounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.accounts, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.production !== void 0) {
          let t = r.production;
          if (typeof t == "string") {
            if (u(t) > 200) {
              const s = { instancePath: i + "/accounts/production", schemaPath: "#/$defs/displayName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: O, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/accounts/production", schemaPath: "#/$defs/displayName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: O, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/accounts/production", schemaPath: "#/$defs/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: O.type, parentSchema: O, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.development !== void 0) {
          let t = r.development;
          if (typeof t == "string") {
            if (u(t) > 200) {
              const s = { instancePath: i + "/accounts/development", schemaPath: "#/$defs/displayName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: O, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/accounts/development", schemaPath: "#/$defs/displayName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: O, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/accounts/development", schemaPath: "#/$defs/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: O.type, parentSchema: O, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.accounts.type, parentSchema: c.properties.accounts, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.kinds !== void 0) {
      let r = m.kinds;
      if (Array.isArray(r)) {
        if (r.length > 4) {
          const h = { instancePath: i + "/kinds", schemaPath: "#/properties/kinds/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items", schema: 4, parentSchema: c.properties.kinds, data: r };
          e === null ? e = [h] : e.push(h), a++;
        }
        if (r.length < 1) {
          const h = { instancePath: i + "/kinds", schemaPath: "#/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: c.properties.kinds, data: r };
          e === null ? e = [h] : e.push(h), a++;
        }
        const t = r.length;
        for (let h = 0; h < t; h++) {
          let l = r[h];
          if (typeof l != "string") {
            const w = { instancePath: i + "/kinds/" + h, schemaPath: "#/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.kinds.items.type, parentSchema: c.properties.kinds.items, data: l };
            e === null ? e = [w] : e.push(w), a++;
          }
          if (!(l === "project" || l === "ec2-instance" || l === "s3-bucket" || l === "security-group")) {
            const w = { instancePath: i + "/kinds/" + h, schemaPath: "#/properties/kinds/items/enum", keyword: "enum", params: { allowedValues: c.properties.kinds.items.enum }, message: "must be equal to one of the allowed values", schema: c.properties.kinds.items.enum, parentSchema: c.properties.kinds.items, data: l };
            e === null ? e = [w] : e.push(w), a++;
          }
        }
        let s = r.length, p;
        if (s > 1) {
          const h = {};
          for (; s--; ) {
            let l = r[s];
            if (typeof l == "string") {
              if (typeof h[l] == "number") {
                p = h[l];
                const w = { instancePath: i + "/kinds", schemaPath: "#/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: s, j: p }, message: "must NOT have duplicate items (items ## " + p + " and " + s + " are identical)", schema: true, parentSchema: c.properties.kinds, data: r };
                e === null ? e = [w] : e.push(w), a++;
                break;
              }
              h[l] = s;
            }
          }
        }
      } else {
        const t = { instancePath: i + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.kinds.type, parentSchema: c.properties.kinds, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.reviewers !== void 0) {
      let r = m.reviewers;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.support === void 0) {
          const t = { instancePath: i + "/reviewers", schemaPath: "#/properties/reviewers/required", keyword: "required", params: { missingProperty: "support" }, message: "must have required property 'support'", schema: c.properties.reviewers.required, parentSchema: c.properties.reviewers, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.security === void 0) {
          const t = { instancePath: i + "/reviewers", schemaPath: "#/properties/reviewers/required", keyword: "required", params: { missingProperty: "security" }, message: "must have required property 'security'", schema: c.properties.reviewers.required, parentSchema: c.properties.reviewers, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "support" || t === "security")) {
          const s = { instancePath: i + "/reviewers", schemaPath: "#/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.reviewers, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        r.support !== void 0 && (C(r.support, { instancePath: i + "/reviewers/support", parentData: r, parentDataProperty: "support", rootData: R, dynamicAnchors: F }) || (e = e === null ? C.errors : e.concat(C.errors), a = e.length)), r.security !== void 0 && (C(r.security, { instancePath: i + "/reviewers/security", parentData: r, parentDataProperty: "security", rootData: R, dynamicAnchors: F }) || (e = e === null ? C.errors : e.concat(C.errors), a = e.length));
      } else {
        const t = { instancePath: i + "/reviewers", schemaPath: "#/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.reviewers.type, parentSchema: c.properties.reviewers, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.supportGroup !== void 0) {
      let r = m.supportGroup;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.name === void 0) {
          const t = { instancePath: i + "/supportGroup", schemaPath: "#/properties/supportGroup/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: c.properties.supportGroup.required, parentSchema: c.properties.supportGroup, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.ownerRole === void 0) {
          const t = { instancePath: i + "/supportGroup", schemaPath: "#/properties/supportGroup/required", keyword: "required", params: { missingProperty: "ownerRole" }, message: "must have required property 'ownerRole'", schema: c.properties.supportGroup.required, parentSchema: c.properties.supportGroup, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "name" || t === "ownerRole")) {
          const s = { instancePath: i + "/supportGroup", schemaPath: "#/properties/supportGroup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.supportGroup, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.name !== void 0) {
          let t = r.name;
          if (typeof t == "string") {
            if (u(t) > 256) {
              const s = { instancePath: i + "/supportGroup/name", schemaPath: "#/properties/supportGroup/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: c.properties.supportGroup.properties.name, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/supportGroup/name", schemaPath: "#/properties/supportGroup/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.supportGroup.properties.name, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/supportGroup/name", schemaPath: "#/properties/supportGroup/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.supportGroup.properties.name.type, parentSchema: c.properties.supportGroup.properties.name, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.ownerRole !== void 0) {
          let t = r.ownerRole;
          if (typeof t == "string") {
            if (u(t) > 64) {
              const s = { instancePath: i + "/supportGroup/ownerRole", schemaPath: "#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: j, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/supportGroup/ownerRole", schemaPath: "#/$defs/slug/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (!se.test(t)) {
              const s = { instancePath: i + "/supportGroup/ownerRole", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: j, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/supportGroup/ownerRole", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/supportGroup", schemaPath: "#/properties/supportGroup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.supportGroup.type, parentSchema: c.properties.supportGroup, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.software !== void 0) {
      let r = m.software;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.standard === void 0) {
          const t = { instancePath: i + "/software", schemaPath: "#/properties/software/required", keyword: "required", params: { missingProperty: "standard" }, message: "must have required property 'standard'", schema: c.properties.software.required, parentSchema: c.properties.software, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.preApproved === void 0) {
          const t = { instancePath: i + "/software", schemaPath: "#/properties/software/required", keyword: "required", params: { missingProperty: "preApproved" }, message: "must have required property 'preApproved'", schema: c.properties.software.required, parentSchema: c.properties.software, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.languageSources === void 0) {
          const t = { instancePath: i + "/software", schemaPath: "#/properties/software/required", keyword: "required", params: { missingProperty: "languageSources" }, message: "must have required property 'languageSources'", schema: c.properties.software.required, parentSchema: c.properties.software, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "standard" || t === "preApproved" || t === "languageSources")) {
          const s = { instancePath: i + "/software", schemaPath: "#/properties/software/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.software, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.standard !== void 0) {
          let t = r.standard;
          if (Array.isArray(t)) {
            if (t.length > 2e4) {
              const l = { instancePath: i + "/software/standard", schemaPath: "#/properties/software/properties/standard/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: c.properties.software.properties.standard, data: t };
              e === null ? e = [l] : e.push(l), a++;
            }
            const s = t.length;
            for (let l = 0; l < s; l++) {
              let w = t[l];
              if (typeof w == "string") {
                if (u(w) > 128) {
                  const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/$defs/packageName/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: Z, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (u(w) < 1) {
                  const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/$defs/packageName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: Z, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (!oe.test(w)) {
                  const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/$defs/packageName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$", parentSchema: Z, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
              } else {
                const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/$defs/packageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: Z.type, parentSchema: Z, data: w };
                e === null ? e = [f] : e.push(f), a++;
              }
              if (typeof w == "string") {
                if (u(w) > 128) {
                  const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/properties/software/properties/standard/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: c.properties.software.properties.standard.items, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
              } else {
                const f = { instancePath: i + "/software/standard/" + l, schemaPath: "#/properties/software/properties/standard/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.software.properties.standard.items.type, parentSchema: c.properties.software.properties.standard.items, data: w };
                e === null ? e = [f] : e.push(f), a++;
              }
            }
            let p = t.length, h;
            if (p > 1) {
              const l = {};
              for (; p--; ) {
                let w = t[p];
                if (typeof w == "string") {
                  if (typeof l[w] == "number") {
                    h = l[w];
                    const f = { instancePath: i + "/software/standard", schemaPath: "#/properties/software/properties/standard/uniqueItems", keyword: "uniqueItems", params: { i: p, j: h }, message: "must NOT have duplicate items (items ## " + h + " and " + p + " are identical)", schema: true, parentSchema: c.properties.software.properties.standard, data: t };
                    e === null ? e = [f] : e.push(f), a++;
                    break;
                  }
                  l[w] = p;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/software/standard", schemaPath: "#/properties/software/properties/standard/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.software.properties.standard.type, parentSchema: c.properties.software.properties.standard, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.preApproved !== void 0) {
          let t = r.preApproved;
          if (Array.isArray(t)) {
            if (t.length > 1e3) {
              const p = { instancePath: i + "/software/preApproved", schemaPath: "#/properties/software/properties/preApproved/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: c.properties.software.properties.preApproved, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            const s = t.length;
            for (let p = 0; p < s; p++) {
              let h = t[p];
              if (h && typeof h == "object" && !Array.isArray(h)) {
                if (h.name === void 0) {
                  const l = { instancePath: i + "/software/preApproved/" + p, schemaPath: "#/properties/software/properties/preApproved/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: c.properties.software.properties.preApproved.items.required, parentSchema: c.properties.software.properties.preApproved.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                if (h.note === void 0) {
                  const l = { instancePath: i + "/software/preApproved/" + p, schemaPath: "#/properties/software/properties/preApproved/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: c.properties.software.properties.preApproved.items.required, parentSchema: c.properties.software.properties.preApproved.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                for (const l in h) if (!(l === "name" || l === "note")) {
                  const w = { instancePath: i + "/software/preApproved/" + p, schemaPath: "#/properties/software/properties/preApproved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.software.properties.preApproved.items, data: h };
                  e === null ? e = [w] : e.push(w), a++;
                }
                if (h.name !== void 0) {
                  let l = h.name;
                  if (typeof l == "string") {
                    if (u(l) > 128) {
                      const w = { instancePath: i + "/software/preApproved/" + p + "/name", schemaPath: "#/$defs/packageName/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: Z, data: l };
                      e === null ? e = [w] : e.push(w), a++;
                    }
                    if (u(l) < 1) {
                      const w = { instancePath: i + "/software/preApproved/" + p + "/name", schemaPath: "#/$defs/packageName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: Z, data: l };
                      e === null ? e = [w] : e.push(w), a++;
                    }
                    if (!oe.test(l)) {
                      const w = { instancePath: i + "/software/preApproved/" + p + "/name", schemaPath: "#/$defs/packageName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$", parentSchema: Z, data: l };
                      e === null ? e = [w] : e.push(w), a++;
                    }
                  } else {
                    const w = { instancePath: i + "/software/preApproved/" + p + "/name", schemaPath: "#/$defs/packageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: Z.type, parentSchema: Z, data: l };
                    e === null ? e = [w] : e.push(w), a++;
                  }
                }
                if (h.note !== void 0) {
                  let l = h.note;
                  if (typeof l == "string") {
                    if (u(l) > 500) {
                      const w = { instancePath: i + "/software/preApproved/" + p + "/note", schemaPath: "#/properties/software/properties/preApproved/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: c.properties.software.properties.preApproved.items.properties.note, data: l };
                      e === null ? e = [w] : e.push(w), a++;
                    }
                    if (u(l) < 1) {
                      const w = { instancePath: i + "/software/preApproved/" + p + "/note", schemaPath: "#/properties/software/properties/preApproved/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.software.properties.preApproved.items.properties.note, data: l };
                      e === null ? e = [w] : e.push(w), a++;
                    }
                  } else {
                    const w = { instancePath: i + "/software/preApproved/" + p + "/note", schemaPath: "#/properties/software/properties/preApproved/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.software.properties.preApproved.items.properties.note.type, parentSchema: c.properties.software.properties.preApproved.items.properties.note, data: l };
                    e === null ? e = [w] : e.push(w), a++;
                  }
                }
              } else {
                const l = { instancePath: i + "/software/preApproved/" + p, schemaPath: "#/properties/software/properties/preApproved/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.software.properties.preApproved.items.type, parentSchema: c.properties.software.properties.preApproved.items, data: h };
                e === null ? e = [l] : e.push(l), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/software/preApproved", schemaPath: "#/properties/software/properties/preApproved/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.software.properties.preApproved.type, parentSchema: c.properties.software.properties.preApproved, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.languageSources !== void 0) {
          let t = r.languageSources;
          if (Array.isArray(t)) {
            if (t.length > 50) {
              const l = { instancePath: i + "/software/languageSources", schemaPath: "#/properties/software/properties/languageSources/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: c.properties.software.properties.languageSources, data: t };
              e === null ? e = [l] : e.push(l), a++;
            }
            const s = t.length;
            for (let l = 0; l < s; l++) {
              let w = t[l];
              if (typeof w == "string") {
                if (u(w) > 64) {
                  const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: j, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (u(w) < 1) {
                  const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/$defs/slug/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (!se.test(w)) {
                  const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: j, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
              } else {
                const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: w };
                e === null ? e = [f] : e.push(f), a++;
              }
              if (typeof w == "string") {
                if (u(w) > 64) {
                  const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/properties/software/properties/languageSources/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: c.properties.software.properties.languageSources.items, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
              } else {
                const f = { instancePath: i + "/software/languageSources/" + l, schemaPath: "#/properties/software/properties/languageSources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.software.properties.languageSources.items.type, parentSchema: c.properties.software.properties.languageSources.items, data: w };
                e === null ? e = [f] : e.push(f), a++;
              }
            }
            let p = t.length, h;
            if (p > 1) {
              const l = {};
              for (; p--; ) {
                let w = t[p];
                if (typeof w == "string") {
                  if (typeof l[w] == "number") {
                    h = l[w];
                    const f = { instancePath: i + "/software/languageSources", schemaPath: "#/properties/software/properties/languageSources/uniqueItems", keyword: "uniqueItems", params: { i: p, j: h }, message: "must NOT have duplicate items (items ## " + h + " and " + p + " are identical)", schema: true, parentSchema: c.properties.software.properties.languageSources, data: t };
                    e === null ? e = [f] : e.push(f), a++;
                    break;
                  }
                  l[w] = p;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/software/languageSources", schemaPath: "#/properties/software/properties/languageSources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.software.properties.languageSources.type, parentSchema: c.properties.software.properties.languageSources, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/software", schemaPath: "#/properties/software/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.software.type, parentSchema: c.properties.software, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.networks !== void 0) {
      let r = m.networks;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.internal === void 0) {
          const t = { instancePath: i + "/networks", schemaPath: "#/properties/networks/required", keyword: "required", params: { missingProperty: "internal" }, message: "must have required property 'internal'", schema: c.properties.networks.required, parentSchema: c.properties.networks, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (t !== "internal") {
          const s = { instancePath: i + "/networks", schemaPath: "#/properties/networks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.networks, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.internal !== void 0) {
          let t = r.internal;
          if (Array.isArray(t)) {
            if (t.length > 500) {
              const l = { instancePath: i + "/networks/internal", schemaPath: "#/properties/networks/properties/internal/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: c.properties.networks.properties.internal, data: t };
              e === null ? e = [l] : e.push(l), a++;
            }
            const s = t.length;
            for (let l = 0; l < s; l++) {
              let w = t[l];
              if (typeof w == "string") {
                if (u(w) > 43) {
                  const f = { instancePath: i + "/networks/internal/" + l, schemaPath: "#/properties/networks/properties/internal/items/maxLength", keyword: "maxLength", params: { limit: 43 }, message: "must NOT have more than 43 characters", schema: 43, parentSchema: c.properties.networks.properties.internal.items, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (u(w) < 3) {
                  const f = { instancePath: i + "/networks/internal/" + l, schemaPath: "#/properties/networks/properties/internal/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: c.properties.networks.properties.internal.items, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
                if (!ye.test(w)) {
                  const f = { instancePath: i + "/networks/internal/" + l, schemaPath: "#/properties/networks/properties/internal/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"', schema: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$", parentSchema: c.properties.networks.properties.internal.items, data: w };
                  e === null ? e = [f] : e.push(f), a++;
                }
              } else {
                const f = { instancePath: i + "/networks/internal/" + l, schemaPath: "#/properties/networks/properties/internal/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.networks.properties.internal.items.type, parentSchema: c.properties.networks.properties.internal.items, data: w };
                e === null ? e = [f] : e.push(f), a++;
              }
            }
            let p = t.length, h;
            if (p > 1) {
              const l = {};
              for (; p--; ) {
                let w = t[p];
                if (typeof w == "string") {
                  if (typeof l[w] == "number") {
                    h = l[w];
                    const f = { instancePath: i + "/networks/internal", schemaPath: "#/properties/networks/properties/internal/uniqueItems", keyword: "uniqueItems", params: { i: p, j: h }, message: "must NOT have duplicate items (items ## " + h + " and " + p + " are identical)", schema: true, parentSchema: c.properties.networks.properties.internal, data: t };
                    e === null ? e = [f] : e.push(f), a++;
                    break;
                  }
                  l[w] = p;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/networks/internal", schemaPath: "#/properties/networks/properties/internal/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.networks.properties.internal.type, parentSchema: c.properties.networks.properties.internal, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/networks", schemaPath: "#/properties/networks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.networks.type, parentSchema: c.properties.networks, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.patterns !== void 0) {
      let r = m.patterns;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.securityGroup === void 0) {
          const t = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/required", keyword: "required", params: { missingProperty: "securityGroup" }, message: "must have required property 'securityGroup'", schema: c.properties.patterns.required, parentSchema: c.properties.patterns, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.cAccount === void 0) {
          const t = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/required", keyword: "required", params: { missingProperty: "cAccount" }, message: "must have required property 'cAccount'", schema: c.properties.patterns.required, parentSchema: c.properties.patterns, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.projectTag === void 0) {
          const t = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/required", keyword: "required", params: { missingProperty: "projectTag" }, message: "must have required property 'projectTag'", schema: c.properties.patterns.required, parentSchema: c.properties.patterns, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.requestId === void 0) {
          const t = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'", schema: c.properties.patterns.required, parentSchema: c.properties.patterns, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "securityGroup" || t === "cAccount" || t === "projectTag" || t === "requestId")) {
          const s = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.patterns, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.securityGroup !== void 0) {
          let t = r.securityGroup;
          if (typeof t == "string") {
            if (u(t) > 500) {
              const s = { instancePath: i + "/patterns/securityGroup", schemaPath: "#/$defs/regex/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/patterns/securityGroup", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/patterns/securityGroup", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: T.type, parentSchema: T, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.cAccount !== void 0) {
          let t = r.cAccount;
          if (typeof t == "string") {
            if (u(t) > 500) {
              const s = { instancePath: i + "/patterns/cAccount", schemaPath: "#/$defs/regex/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/patterns/cAccount", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/patterns/cAccount", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: T.type, parentSchema: T, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.projectTag !== void 0) {
          let t = r.projectTag;
          if (typeof t == "string") {
            if (u(t) > 500) {
              const s = { instancePath: i + "/patterns/projectTag", schemaPath: "#/$defs/regex/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/patterns/projectTag", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/patterns/projectTag", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: T.type, parentSchema: T, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.requestId !== void 0) {
          let t = r.requestId;
          if (typeof t == "string") {
            if (u(t) > 500) {
              const s = { instancePath: i + "/patterns/requestId", schemaPath: "#/$defs/regex/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/patterns/requestId", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: T, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/patterns/requestId", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: T.type, parentSchema: T, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/patterns", schemaPath: "#/properties/patterns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.patterns.type, parentSchema: c.properties.patterns, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.dataClassifications !== void 0) {
      let r = m.dataClassifications;
      if (Array.isArray(r)) {
        if (r.length > 20) {
          const h = { instancePath: i + "/dataClassifications", schemaPath: "#/properties/dataClassifications/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: c.properties.dataClassifications, data: r };
          e === null ? e = [h] : e.push(h), a++;
        }
        if (r.length < 1) {
          const h = { instancePath: i + "/dataClassifications", schemaPath: "#/properties/dataClassifications/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: c.properties.dataClassifications, data: r };
          e === null ? e = [h] : e.push(h), a++;
        }
        const t = r.length;
        for (let h = 0; h < t; h++) {
          let l = r[h];
          if (typeof l == "string") {
            if (u(l) > 64) {
              const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: j, data: l };
              e === null ? e = [w] : e.push(w), a++;
            }
            if (u(l) < 1) {
              const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/$defs/slug/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: l };
              e === null ? e = [w] : e.push(w), a++;
            }
            if (!se.test(l)) {
              const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: j, data: l };
              e === null ? e = [w] : e.push(w), a++;
            }
          } else {
            const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: l };
            e === null ? e = [w] : e.push(w), a++;
          }
          if (typeof l == "string") {
            if (u(l) > 64) {
              const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/properties/dataClassifications/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: c.properties.dataClassifications.items, data: l };
              e === null ? e = [w] : e.push(w), a++;
            }
          } else {
            const w = { instancePath: i + "/dataClassifications/" + h, schemaPath: "#/properties/dataClassifications/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.dataClassifications.items.type, parentSchema: c.properties.dataClassifications.items, data: l };
            e === null ? e = [w] : e.push(w), a++;
          }
        }
        let s = r.length, p;
        if (s > 1) {
          const h = {};
          for (; s--; ) {
            let l = r[s];
            if (typeof l == "string") {
              if (typeof h[l] == "number") {
                p = h[l];
                const w = { instancePath: i + "/dataClassifications", schemaPath: "#/properties/dataClassifications/uniqueItems", keyword: "uniqueItems", params: { i: s, j: p }, message: "must NOT have duplicate items (items ## " + p + " and " + s + " are identical)", schema: true, parentSchema: c.properties.dataClassifications, data: r };
                e === null ? e = [w] : e.push(w), a++;
                break;
              }
              h[l] = s;
            }
          }
        }
      } else {
        const t = { instancePath: i + "/dataClassifications", schemaPath: "#/properties/dataClassifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.dataClassifications.type, parentSchema: c.properties.dataClassifications, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.labels !== void 0) {
      let r = m.labels;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.computation === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "computation" }, message: "must have required property 'computation'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.application === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.documentation === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "documentation" }, message: "must have required property 'documentation'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.policy === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.securityApprovalRequired === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "securityApprovalRequired" }, message: "must have required property 'securityApprovalRequired'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.invalid === void 0) {
          const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/required", keyword: "required", params: { missingProperty: "invalid" }, message: "must have required property 'invalid'", schema: c.properties.labels.required, parentSchema: c.properties.labels, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "computation" || t === "application" || t === "documentation" || t === "policy" || t === "securityApprovalRequired" || t === "invalid")) {
          const s = { instancePath: i + "/labels", schemaPath: "#/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.labels, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.computation !== void 0) {
          let t = r.computation;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/computation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/computation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/computation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/computation", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/computation/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/computation/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/computation/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/computation/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/computation/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/computation/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/computation/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/computation/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/computation/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/computation", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.application !== void 0) {
          let t = r.application;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/application", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/application", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/application", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/application", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/application/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/application/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/application/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/application/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/application/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/application/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/application/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/application/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/application/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/application", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.documentation !== void 0) {
          let t = r.documentation;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/documentation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/documentation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/documentation", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/documentation", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/documentation/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/documentation/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/documentation/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/documentation/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/documentation/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/documentation/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/documentation/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/documentation/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/documentation/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/documentation", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.policy !== void 0) {
          let t = r.policy;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/policy", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/policy", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/policy", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/policy", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/policy/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/policy/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/policy/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/policy/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/policy/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/policy/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/policy/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/policy/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/policy/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/policy", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.securityApprovalRequired !== void 0) {
          let t = r.securityApprovalRequired;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/securityApprovalRequired", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/securityApprovalRequired", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/securityApprovalRequired", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/securityApprovalRequired", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/securityApprovalRequired/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/securityApprovalRequired/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/securityApprovalRequired/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/securityApprovalRequired/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/securityApprovalRequired", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.invalid !== void 0) {
          let t = r.invalid;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.name === void 0) {
              const s = { instancePath: i + "/labels/invalid", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.color === void 0) {
              const s = { instancePath: i + "/labels/invalid", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.description === void 0) {
              const s = { instancePath: i + "/labels/invalid", schemaPath: "#/$defs/label/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: g.required, parentSchema: g, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "name" || s === "color" || s === "description")) {
              const p = { instancePath: i + "/labels/invalid", schemaPath: "#/$defs/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.name !== void 0) {
              let s = t.name;
              if (typeof s == "string") {
                if (u(s) > 50) {
                  const p = { instancePath: i + "/labels/invalid/name", schemaPath: "#/$defs/label/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 1) {
                  const p = { instancePath: i + "/labels/invalid/name", schemaPath: "#/$defs/label/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.name, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/invalid/name", schemaPath: "#/$defs/label/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.name.type, parentSchema: g.properties.name, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.color !== void 0) {
              let s = t.color;
              if (typeof s == "string") {
                if (u(s) > 6) {
                  const p = { instancePath: i + "/labels/invalid/color", schemaPath: "#/$defs/label/properties/color/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (u(s) < 6) {
                  const p = { instancePath: i + "/labels/invalid/color", schemaPath: "#/$defs/label/properties/color/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (!_.test(s)) {
                  const p = { instancePath: i + "/labels/invalid/color", schemaPath: "#/$defs/label/properties/color/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{6}$" }, message: 'must match pattern "^[0-9A-Fa-f]{6}$"', schema: "^[0-9A-Fa-f]{6}$", parentSchema: g.properties.color, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/invalid/color", schemaPath: "#/$defs/label/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.color.type, parentSchema: g.properties.color, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
            if (t.description !== void 0) {
              let s = t.description;
              if (typeof s == "string") {
                if (u(s) > 100) {
                  const p = { instancePath: i + "/labels/invalid/description", schemaPath: "#/$defs/label/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: g.properties.description, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              } else {
                const p = { instancePath: i + "/labels/invalid/description", schemaPath: "#/$defs/label/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.description.type, parentSchema: g.properties.description, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/labels/invalid", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.labels.type, parentSchema: c.properties.labels, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.limits !== void 0) {
      let r = m.limits;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.maxFileBytes === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "maxFileBytes" }, message: "must have required property 'maxFileBytes'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.maxDepth === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "maxDepth" }, message: "must have required property 'maxDepth'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.maxNodes === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "maxNodes" }, message: "must have required property 'maxNodes'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.rootVolumeGiB === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "rootVolumeGiB" }, message: "must have required property 'rootVolumeGiB'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.dataVolumeGiB === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "dataVolumeGiB" }, message: "must have required property 'dataVolumeGiB'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.memoryGiB === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "memoryGiB" }, message: "must have required property 'memoryGiB'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.vcpus === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "vcpus" }, message: "must have required property 'vcpus'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.bucketSizeGB === void 0) {
          const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/required", keyword: "required", params: { missingProperty: "bucketSizeGB" }, message: "must have required property 'bucketSizeGB'", schema: c.properties.limits.required, parentSchema: c.properties.limits, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "maxFileBytes" || t === "maxDepth" || t === "maxNodes" || t === "rootVolumeGiB" || t === "dataVolumeGiB" || t === "memoryGiB" || t === "vcpus" || t === "bucketSizeGB")) {
          const s = { instancePath: i + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.limits, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.maxFileBytes !== void 0) {
          let t = r.maxFileBytes;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            const s = { instancePath: i + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.limits.properties.maxFileBytes.type, parentSchema: c.properties.limits.properties.maxFileBytes, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
          if (typeof t == "number" && isFinite(t)) {
            if (t > 512e3 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 512e3 }, message: "must be <= 512000", schema: 512e3, parentSchema: c.properties.limits.properties.maxFileBytes, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t < 1024 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: c.properties.limits.properties.maxFileBytes, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          }
        }
        if (r.maxDepth !== void 0) {
          let t = r.maxDepth;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            const s = { instancePath: i + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.limits.properties.maxDepth.type, parentSchema: c.properties.limits.properties.maxDepth, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
          if (typeof t == "number" && isFinite(t)) {
            if (t > 1e3 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: c.properties.limits.properties.maxDepth, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t < 2 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: c.properties.limits.properties.maxDepth, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          }
        }
        if (r.maxNodes !== void 0) {
          let t = r.maxNodes;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            const s = { instancePath: i + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.limits.properties.maxNodes.type, parentSchema: c.properties.limits.properties.maxNodes, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
          if (typeof t == "number" && isFinite(t)) {
            if (t > 1e7 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: c.properties.limits.properties.maxNodes, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t < 10 || isNaN(t)) {
              const s = { instancePath: i + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: c.properties.limits.properties.maxNodes, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          }
        }
        if (r.rootVolumeGiB !== void 0) {
          let t = r.rootVolumeGiB;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.min === void 0) {
              const s = { instancePath: i + "/limits/rootVolumeGiB", schemaPath: "#/$defs/sizeRange/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: A.required, parentSchema: A, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.max === void 0) {
              const s = { instancePath: i + "/limits/rootVolumeGiB", schemaPath: "#/$defs/sizeRange/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: A.required, parentSchema: A, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "min" || s === "max")) {
              const p = { instancePath: i + "/limits/rootVolumeGiB", schemaPath: "#/$defs/sizeRange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: A, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.min !== void 0) {
              let s = t.min;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/rootVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: A.properties.min.type, parentSchema: A.properties.min, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e9 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/rootVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: A.properties.min, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/rootVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: A.properties.min, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
            if (t.max !== void 0) {
              let s = t.max;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/rootVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: A.properties.max.type, parentSchema: A.properties.max, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e9 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/rootVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: A.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/rootVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: A.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/limits/rootVolumeGiB", schemaPath: "#/$defs/sizeRange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: A.type, parentSchema: A, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.dataVolumeGiB !== void 0) {
          let t = r.dataVolumeGiB;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.min === void 0) {
              const s = { instancePath: i + "/limits/dataVolumeGiB", schemaPath: "#/$defs/sizeRange/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: A.required, parentSchema: A, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t.max === void 0) {
              const s = { instancePath: i + "/limits/dataVolumeGiB", schemaPath: "#/$defs/sizeRange/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: A.required, parentSchema: A, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (!(s === "min" || s === "max")) {
              const p = { instancePath: i + "/limits/dataVolumeGiB", schemaPath: "#/$defs/sizeRange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: A, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.min !== void 0) {
              let s = t.min;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/dataVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: A.properties.min.type, parentSchema: A.properties.min, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e9 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/dataVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: A.properties.min, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/dataVolumeGiB/min", schemaPath: "#/$defs/sizeRange/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: A.properties.min, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
            if (t.max !== void 0) {
              let s = t.max;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/dataVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: A.properties.max.type, parentSchema: A.properties.max, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e9 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/dataVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: A.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/dataVolumeGiB/max", schemaPath: "#/$defs/sizeRange/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: A.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/limits/dataVolumeGiB", schemaPath: "#/$defs/sizeRange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: A.type, parentSchema: A, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.memoryGiB !== void 0) {
          let t = r.memoryGiB;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.max === void 0) {
              const s = { instancePath: i + "/limits/memoryGiB", schemaPath: "#/$defs/maximum/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: N.required, parentSchema: N, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (s !== "max") {
              const p = { instancePath: i + "/limits/memoryGiB", schemaPath: "#/$defs/maximum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: N, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.max !== void 0) {
              let s = t.max;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/memoryGiB/max", schemaPath: "#/$defs/maximum/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: N.properties.max.type, parentSchema: N.properties.max, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e12 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/memoryGiB/max", schemaPath: "#/$defs/maximum/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/memoryGiB/max", schemaPath: "#/$defs/maximum/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/limits/memoryGiB", schemaPath: "#/$defs/maximum/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: N.type, parentSchema: N, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.vcpus !== void 0) {
          let t = r.vcpus;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.max === void 0) {
              const s = { instancePath: i + "/limits/vcpus", schemaPath: "#/$defs/maximum/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: N.required, parentSchema: N, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (s !== "max") {
              const p = { instancePath: i + "/limits/vcpus", schemaPath: "#/$defs/maximum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: N, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.max !== void 0) {
              let s = t.max;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/vcpus/max", schemaPath: "#/$defs/maximum/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: N.properties.max.type, parentSchema: N.properties.max, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e12 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/vcpus/max", schemaPath: "#/$defs/maximum/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/vcpus/max", schemaPath: "#/$defs/maximum/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/limits/vcpus", schemaPath: "#/$defs/maximum/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: N.type, parentSchema: N, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.bucketSizeGB !== void 0) {
          let t = r.bucketSizeGB;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.max === void 0) {
              const s = { instancePath: i + "/limits/bucketSizeGB", schemaPath: "#/$defs/maximum/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: N.required, parentSchema: N, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            for (const s in t) if (s !== "max") {
              const p = { instancePath: i + "/limits/bucketSizeGB", schemaPath: "#/$defs/maximum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: N, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            if (t.max !== void 0) {
              let s = t.max;
              if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s))) {
                const p = { instancePath: i + "/limits/bucketSizeGB/max", schemaPath: "#/$defs/maximum/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: N.properties.max.type, parentSchema: N.properties.max, data: s };
                e === null ? e = [p] : e.push(p), a++;
              }
              if (typeof s == "number" && isFinite(s)) {
                if (s > 1e12 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/bucketSizeGB/max", schemaPath: "#/$defs/maximum/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
                if (s < 1 || isNaN(s)) {
                  const p = { instancePath: i + "/limits/bucketSizeGB/max", schemaPath: "#/$defs/maximum/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: N.properties.max, data: s };
                  e === null ? e = [p] : e.push(p), a++;
                }
              }
            }
          } else {
            const s = { instancePath: i + "/limits/bucketSizeGB", schemaPath: "#/$defs/maximum/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: N.type, parentSchema: N, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.limits.type, parentSchema: c.properties.limits, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.tags !== void 0) {
      let r = m.tags;
      if (Array.isArray(r)) {
        if (r.length > 50) {
          const s = { instancePath: i + "/tags", schemaPath: "#/properties/tags/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: c.properties.tags, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        const t = r.length;
        for (let s = 0; s < t; s++) {
          let p = r[s];
          const h = a;
          let l = true;
          const w = a;
          if (p && typeof p == "object" && !Array.isArray(p) && p.from !== void 0) {
            let y = p.from;
            if (typeof y != "string") {
              const P = {};
              e === null ? e = [P] : e.push(P), a++;
            }
            if (y !== "literal") {
              const P = {};
              e === null ? e = [P] : e.push(P), a++;
            }
          }
          var o = w === a;
          a = h, e !== null && (h ? e.length = h : e = null);
          let f;
          if (o) {
            const y = a;
            if (p && typeof p == "object" && !Array.isArray(p)) {
              if (p.value === void 0) {
                const q = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/then/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: x.then.required, parentSchema: x.then, data: p };
                e === null ? e = [q] : e.push(q), a++;
              }
              if (p.value !== void 0) {
                let q = p.value;
                if (typeof q == "string") {
                  if (u(q) > 256) {
                    const W = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/then/properties/value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: x.then.properties.value, data: q };
                    e === null ? e = [W] : e.push(W), a++;
                  }
                } else {
                  const W = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.then.properties.value.type, parentSchema: x.then.properties.value, data: q };
                  e === null ? e = [W] : e.push(W), a++;
                }
              }
            }
            var o = y === a;
            if (l = o, l) {
              var n = {};
              n.value = true, n.from = true;
            }
            f = "then";
          } else {
            const y = a;
            if (p && typeof p == "object" && !Array.isArray(p) && p.value !== void 0) {
              const q = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/else/properties/value/not", keyword: "not", params: {}, message: "must NOT be valid", schema: x.else.properties.value.not, parentSchema: x.else.properties.value, data: p.value };
              e === null ? e = [q] : e.push(q), a++;
            }
            var o = y === a;
            l = o, l && n !== true && (n = n || {}, n.value = true), f = "else";
          }
          if (!l) {
            const y = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/if", keyword: "if", params: { failingKeyword: f }, message: 'must match "' + f + '" schema', schema: x.if, parentSchema: x, data: p };
            e === null ? e = [y] : e.push(y), a++;
          }
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.key === void 0) {
              const y = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: x.required, parentSchema: x, data: p };
              e === null ? e = [y] : e.push(y), a++;
            }
            if (p.from === void 0) {
              const y = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: x.required, parentSchema: x, data: p };
              e === null ? e = [y] : e.push(y), a++;
            }
            for (const y in p) if (!(y === "key" || y === "from" || y === "value" || y === "optional")) {
              const P = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: y }, message: "must NOT have additional properties", schema: false, parentSchema: x, data: p };
              e === null ? e = [P] : e.push(P), a++;
            }
            if (p.key !== void 0) {
              let y = p.key;
              if (typeof y == "string") {
                if (u(y) > 128) {
                  const P = { instancePath: i + "/tags/" + s + "/key", schemaPath: "#/$defs/tag/properties/key/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: x.properties.key, data: y };
                  e === null ? e = [P] : e.push(P), a++;
                }
                if (u(y) < 1) {
                  const P = { instancePath: i + "/tags/" + s + "/key", schemaPath: "#/$defs/tag/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: x.properties.key, data: y };
                  e === null ? e = [P] : e.push(P), a++;
                }
                if (!ge.test(y)) {
                  const P = { instancePath: i + "/tags/" + s + "/key", schemaPath: "#/$defs/tag/properties/key/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$"', schema: "^(?![Aa][Ww][Ss]:)[A-Za-z0-9 +=._:/@-]{1,128}$", parentSchema: x.properties.key, data: y };
                  e === null ? e = [P] : e.push(P), a++;
                }
              } else {
                const P = { instancePath: i + "/tags/" + s + "/key", schemaPath: "#/$defs/tag/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.properties.key.type, parentSchema: x.properties.key, data: y };
                e === null ? e = [P] : e.push(P), a++;
              }
            }
            if (p.from !== void 0) {
              let y = p.from;
              if (typeof y != "string") {
                const P = { instancePath: i + "/tags/" + s + "/from", schemaPath: "#/$defs/tag/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.properties.from.type, parentSchema: x.properties.from, data: y };
                e === null ? e = [P] : e.push(P), a++;
              }
              if (!(y === "project.tag" || y === "chargeCode.code" || y === "chargeCode.tag" || y === "securityGroup" || y === "useCase" || y === "environment" || y === "dataClassification" || y === "requestId" || y === "requestFile" || y === "approvers" || y === "account" || y === "literal")) {
                const P = { instancePath: i + "/tags/" + s + "/from", schemaPath: "#/$defs/tag/properties/from/enum", keyword: "enum", params: { allowedValues: x.properties.from.enum }, message: "must be equal to one of the allowed values", schema: x.properties.from.enum, parentSchema: x.properties.from, data: y };
                e === null ? e = [P] : e.push(P), a++;
              }
            }
            if (p.value !== void 0) {
              let y = p.value;
              if (typeof y == "string") {
                if (u(y) > 256) {
                  const P = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/properties/value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: x.properties.value, data: y };
                  e === null ? e = [P] : e.push(P), a++;
                }
                if (!we.test(y)) {
                  const P = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9 +=._:/@-]{0,256}$" }, message: 'must match pattern "^[A-Za-z0-9 +=._:/@-]{0,256}$"', schema: "^[A-Za-z0-9 +=._:/@-]{0,256}$", parentSchema: x.properties.value, data: y };
                  e === null ? e = [P] : e.push(P), a++;
                }
              } else {
                const P = { instancePath: i + "/tags/" + s + "/value", schemaPath: "#/$defs/tag/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.properties.value.type, parentSchema: x.properties.value, data: y };
                e === null ? e = [P] : e.push(P), a++;
              }
            }
            if (p.optional !== void 0) {
              let y = p.optional;
              if (typeof y != "boolean") {
                const P = { instancePath: i + "/tags/" + s + "/optional", schemaPath: "#/$defs/tag/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: x.properties.optional.type, parentSchema: x.properties.optional, data: y };
                e === null ? e = [P] : e.push(P), a++;
              }
            }
          } else {
            const y = { instancePath: i + "/tags/" + s, schemaPath: "#/$defs/tag/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: x.type, parentSchema: x, data: p };
            e === null ? e = [y] : e.push(y), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.tags.type, parentSchema: c.properties.tags, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.promotion !== void 0) {
      let r = m.promotion;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.minimumDays === void 0) {
          const t = { instancePath: i + "/promotion", schemaPath: "#/properties/promotion/required", keyword: "required", params: { missingProperty: "minimumDays" }, message: "must have required property 'minimumDays'", schema: c.properties.promotion.required, parentSchema: c.properties.promotion, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (t !== "minimumDays") {
          const s = { instancePath: i + "/promotion", schemaPath: "#/properties/promotion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.promotion, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.minimumDays !== void 0) {
          let t = r.minimumDays;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            const s = { instancePath: i + "/promotion/minimumDays", schemaPath: "#/properties/promotion/properties/minimumDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.promotion.properties.minimumDays.type, parentSchema: c.properties.promotion.properties.minimumDays, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
          if (typeof t == "number" && isFinite(t)) {
            if (t > 3650 || isNaN(t)) {
              const s = { instancePath: i + "/promotion/minimumDays", schemaPath: "#/properties/promotion/properties/minimumDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: c.properties.promotion.properties.minimumDays, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (t < 0 || isNaN(t)) {
              const s = { instancePath: i + "/promotion/minimumDays", schemaPath: "#/properties/promotion/properties/minimumDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: c.properties.promotion.properties.minimumDays, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          }
        }
      } else {
        const t = { instancePath: i + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.promotion.type, parentSchema: c.properties.promotion, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
    if (m.tickets !== void 0) {
      let r = m.tickets;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.handlers === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "handlers" }, message: "must have required property 'handlers'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.labels === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.checklistLabels === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "checklistLabels" }, message: "must have required property 'checklistLabels'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.markdown === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "markdown" }, message: "must have required property 'markdown'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.text === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        if (r.checklist === void 0) {
          const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'", schema: c.properties.tickets.required, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [t] : e.push(t), a++;
        }
        for (const t in r) if (!(t === "handlers" || t === "labels" || t === "checklistLabels" || t === "markdown" || t === "text" || t === "checklist")) {
          const s = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.tickets, data: r };
          e === null ? e = [s] : e.push(s), a++;
        }
        if (r.handlers !== void 0) {
          let t = r.handlers;
          if (Array.isArray(t)) {
            if (t.length > 10) {
              const p = { instancePath: i + "/tickets/handlers", schemaPath: "#/properties/tickets/properties/handlers/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: c.properties.tickets.properties.handlers, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            const s = t.length;
            for (let p = 0; p < s; p++) {
              let h = t[p];
              if (typeof h == "string") {
                if (u(h) > 39) {
                  const l = { instancePath: i + "/tickets/handlers/" + p, schemaPath: "#/properties/tickets/properties/handlers/items/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters", schema: 39, parentSchema: c.properties.tickets.properties.handlers.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                if (u(h) < 1) {
                  const l = { instancePath: i + "/tickets/handlers/" + p, schemaPath: "#/properties/tickets/properties/handlers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.handlers.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                if (!U.test(h)) {
                  const l = { instancePath: i + "/tickets/handlers/" + p, schemaPath: "#/properties/tickets/properties/handlers/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: c.properties.tickets.properties.handlers.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
              } else {
                const l = { instancePath: i + "/tickets/handlers/" + p, schemaPath: "#/properties/tickets/properties/handlers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.handlers.items.type, parentSchema: c.properties.tickets.properties.handlers.items, data: h };
                e === null ? e = [l] : e.push(l), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/tickets/handlers", schemaPath: "#/properties/tickets/properties/handlers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.tickets.properties.handlers.type, parentSchema: c.properties.tickets.properties.handlers, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.labels !== void 0) {
          let t = r.labels;
          if (Array.isArray(t)) {
            if (t.length > 10) {
              const p = { instancePath: i + "/tickets/labels", schemaPath: "#/properties/tickets/properties/labels/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: c.properties.tickets.properties.labels, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            const s = t.length;
            for (let p = 0; p < s; p++) {
              let h = t[p];
              if (typeof h == "string") {
                if (u(h) > 50) {
                  const l = { instancePath: i + "/tickets/labels/" + p, schemaPath: "#/properties/tickets/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: c.properties.tickets.properties.labels.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                if (u(h) < 1) {
                  const l = { instancePath: i + "/tickets/labels/" + p, schemaPath: "#/properties/tickets/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.labels.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
              } else {
                const l = { instancePath: i + "/tickets/labels/" + p, schemaPath: "#/properties/tickets/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.labels.items.type, parentSchema: c.properties.tickets.properties.labels.items, data: h };
                e === null ? e = [l] : e.push(l), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/tickets/labels", schemaPath: "#/properties/tickets/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.tickets.properties.labels.type, parentSchema: c.properties.tickets.properties.labels, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.checklistLabels !== void 0) {
          let t = r.checklistLabels;
          if (Array.isArray(t)) {
            if (t.length > 10) {
              const p = { instancePath: i + "/tickets/checklistLabels", schemaPath: "#/properties/tickets/properties/checklistLabels/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: c.properties.tickets.properties.checklistLabels, data: t };
              e === null ? e = [p] : e.push(p), a++;
            }
            const s = t.length;
            for (let p = 0; p < s; p++) {
              let h = t[p];
              if (typeof h == "string") {
                if (u(h) > 50) {
                  const l = { instancePath: i + "/tickets/checklistLabels/" + p, schemaPath: "#/properties/tickets/properties/checklistLabels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: c.properties.tickets.properties.checklistLabels.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
                if (u(h) < 1) {
                  const l = { instancePath: i + "/tickets/checklistLabels/" + p, schemaPath: "#/properties/tickets/properties/checklistLabels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.checklistLabels.items, data: h };
                  e === null ? e = [l] : e.push(l), a++;
                }
              } else {
                const l = { instancePath: i + "/tickets/checklistLabels/" + p, schemaPath: "#/properties/tickets/properties/checklistLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.checklistLabels.items.type, parentSchema: c.properties.tickets.properties.checklistLabels.items, data: h };
                e === null ? e = [l] : e.push(l), a++;
              }
            }
          } else {
            const s = { instancePath: i + "/tickets/checklistLabels", schemaPath: "#/properties/tickets/properties/checklistLabels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: c.properties.tickets.properties.checklistLabels.type, parentSchema: c.properties.tickets.properties.checklistLabels, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.markdown !== void 0) {
          let t = r.markdown;
          if (typeof t == "string") {
            if (u(t) > 2e4) {
              const s = { instancePath: i + "/tickets/markdown", schemaPath: "#/properties/tickets/properties/markdown/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: c.properties.tickets.properties.markdown, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/tickets/markdown", schemaPath: "#/properties/tickets/properties/markdown/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.markdown, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/tickets/markdown", schemaPath: "#/properties/tickets/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.markdown.type, parentSchema: c.properties.tickets.properties.markdown, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.text !== void 0) {
          let t = r.text;
          if (typeof t == "string") {
            if (u(t) > 2e4) {
              const s = { instancePath: i + "/tickets/text", schemaPath: "#/properties/tickets/properties/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: c.properties.tickets.properties.text, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/tickets/text", schemaPath: "#/properties/tickets/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.text, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/tickets/text", schemaPath: "#/properties/tickets/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.text.type, parentSchema: c.properties.tickets.properties.text, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
        if (r.checklist !== void 0) {
          let t = r.checklist;
          if (typeof t == "string") {
            if (u(t) > 2e4) {
              const s = { instancePath: i + "/tickets/checklist", schemaPath: "#/properties/tickets/properties/checklist/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: c.properties.tickets.properties.checklist, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
            if (u(t) < 1) {
              const s = { instancePath: i + "/tickets/checklist", schemaPath: "#/properties/tickets/properties/checklist/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.tickets.properties.checklist, data: t };
              e === null ? e = [s] : e.push(s), a++;
            }
          } else {
            const s = { instancePath: i + "/tickets/checklist", schemaPath: "#/properties/tickets/properties/checklist/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.tickets.properties.checklist.type, parentSchema: c.properties.tickets.properties.checklist, data: t };
            e === null ? e = [s] : e.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: i + "/tickets", schemaPath: "#/properties/tickets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.properties.tickets.type, parentSchema: c.properties.tickets, data: r };
        e === null ? e = [t] : e.push(t), a++;
      }
    }
  } else {
    const r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: m };
    e === null ? e = [r] : e.push(r), a++;
  }
  return ee.errors = e, a === 0;
}
ee.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

// src/model/schemas.ts
var VALIDATORS = {
  project: Pe,
  "ec2-instance": ve,
  "s3-bucket": qe,
  "security-group": Se,
  policy: xe
};
function validateAgainstSchema(name, value2) {
  const validate = VALIDATORS[name];
  return validate(value2) ? [] : [...validate.errors ?? []];
}

// src/model/instance-types.json
var instance_types_default = {
  source: "@aws-sdk/client-ec2 3.1169.0",
  count: 1437,
  types: [
    "a1.2xlarge",
    "a1.4xlarge",
    "a1.large",
    "a1.medium",
    "a1.metal",
    "a1.xlarge",
    "c1.medium",
    "c1.xlarge",
    "c3.2xlarge",
    "c3.4xlarge",
    "c3.8xlarge",
    "c3.large",
    "c3.xlarge",
    "c4.2xlarge",
    "c4.4xlarge",
    "c4.8xlarge",
    "c4.large",
    "c4.xlarge",
    "c5.12xlarge",
    "c5.18xlarge",
    "c5.24xlarge",
    "c5.2xlarge",
    "c5.4xlarge",
    "c5.9xlarge",
    "c5.large",
    "c5.metal",
    "c5.xlarge",
    "c5a.12xlarge",
    "c5a.16xlarge",
    "c5a.24xlarge",
    "c5a.2xlarge",
    "c5a.4xlarge",
    "c5a.8xlarge",
    "c5a.large",
    "c5a.xlarge",
    "c5ad.12xlarge",
    "c5ad.16xlarge",
    "c5ad.24xlarge",
    "c5ad.2xlarge",
    "c5ad.4xlarge",
    "c5ad.8xlarge",
    "c5ad.large",
    "c5ad.xlarge",
    "c5d.12xlarge",
    "c5d.18xlarge",
    "c5d.24xlarge",
    "c5d.2xlarge",
    "c5d.4xlarge",
    "c5d.9xlarge",
    "c5d.large",
    "c5d.metal",
    "c5d.xlarge",
    "c5n.18xlarge",
    "c5n.2xlarge",
    "c5n.4xlarge",
    "c5n.9xlarge",
    "c5n.large",
    "c5n.metal",
    "c5n.xlarge",
    "c6a.12xlarge",
    "c6a.16xlarge",
    "c6a.24xlarge",
    "c6a.2xlarge",
    "c6a.32xlarge",
    "c6a.48xlarge",
    "c6a.4xlarge",
    "c6a.8xlarge",
    "c6a.large",
    "c6a.metal",
    "c6a.xlarge",
    "c6g.12xlarge",
    "c6g.16xlarge",
    "c6g.2xlarge",
    "c6g.4xlarge",
    "c6g.8xlarge",
    "c6g.large",
    "c6g.medium",
    "c6g.metal",
    "c6g.xlarge",
    "c6gd.12xlarge",
    "c6gd.16xlarge",
    "c6gd.2xlarge",
    "c6gd.4xlarge",
    "c6gd.8xlarge",
    "c6gd.large",
    "c6gd.medium",
    "c6gd.metal",
    "c6gd.xlarge",
    "c6gn.12xlarge",
    "c6gn.16xlarge",
    "c6gn.2xlarge",
    "c6gn.4xlarge",
    "c6gn.8xlarge",
    "c6gn.large",
    "c6gn.medium",
    "c6gn.xlarge",
    "c6i.12xlarge",
    "c6i.16xlarge",
    "c6i.24xlarge",
    "c6i.2xlarge",
    "c6i.32xlarge",
    "c6i.4xlarge",
    "c6i.8xlarge",
    "c6i.large",
    "c6i.metal",
    "c6i.xlarge",
    "c6id.12xlarge",
    "c6id.16xlarge",
    "c6id.24xlarge",
    "c6id.2xlarge",
    "c6id.32xlarge",
    "c6id.4xlarge",
    "c6id.8xlarge",
    "c6id.large",
    "c6id.metal",
    "c6id.xlarge",
    "c6in.12xlarge",
    "c6in.16xlarge",
    "c6in.24xlarge",
    "c6in.2xlarge",
    "c6in.32xlarge",
    "c6in.4xlarge",
    "c6in.8xlarge",
    "c6in.large",
    "c6in.metal",
    "c6in.xlarge",
    "c7a.12xlarge",
    "c7a.16xlarge",
    "c7a.24xlarge",
    "c7a.2xlarge",
    "c7a.32xlarge",
    "c7a.48xlarge",
    "c7a.4xlarge",
    "c7a.8xlarge",
    "c7a.large",
    "c7a.medium",
    "c7a.metal-48xl",
    "c7a.xlarge",
    "c7g.12xlarge",
    "c7g.16xlarge",
    "c7g.2xlarge",
    "c7g.4xlarge",
    "c7g.8xlarge",
    "c7g.large",
    "c7g.medium",
    "c7g.metal",
    "c7g.xlarge",
    "c7gd.12xlarge",
    "c7gd.16xlarge",
    "c7gd.2xlarge",
    "c7gd.4xlarge",
    "c7gd.8xlarge",
    "c7gd.large",
    "c7gd.medium",
    "c7gd.metal",
    "c7gd.xlarge",
    "c7gn.12xlarge",
    "c7gn.16xlarge",
    "c7gn.2xlarge",
    "c7gn.4xlarge",
    "c7gn.8xlarge",
    "c7gn.large",
    "c7gn.medium",
    "c7gn.metal",
    "c7gn.xlarge",
    "c7i-flex.12xlarge",
    "c7i-flex.16xlarge",
    "c7i-flex.2xlarge",
    "c7i-flex.4xlarge",
    "c7i-flex.8xlarge",
    "c7i-flex.large",
    "c7i-flex.xlarge",
    "c7i.12xlarge",
    "c7i.16xlarge",
    "c7i.24xlarge",
    "c7i.2xlarge",
    "c7i.48xlarge",
    "c7i.4xlarge",
    "c7i.8xlarge",
    "c7i.large",
    "c7i.metal-24xl",
    "c7i.metal-48xl",
    "c7i.xlarge",
    "c8a.12xlarge",
    "c8a.16xlarge",
    "c8a.24xlarge",
    "c8a.2xlarge",
    "c8a.48xlarge",
    "c8a.4xlarge",
    "c8a.8xlarge",
    "c8a.large",
    "c8a.medium",
    "c8a.metal-24xl",
    "c8a.metal-48xl",
    "c8a.xlarge",
    "c8g.12xlarge",
    "c8g.16xlarge",
    "c8g.24xlarge",
    "c8g.2xlarge",
    "c8g.48xlarge",
    "c8g.4xlarge",
    "c8g.8xlarge",
    "c8g.large",
    "c8g.medium",
    "c8g.metal-24xl",
    "c8g.metal-48xl",
    "c8g.xlarge",
    "c8gb.12xlarge",
    "c8gb.16xlarge",
    "c8gb.24xlarge",
    "c8gb.2xlarge",
    "c8gb.48xlarge",
    "c8gb.4xlarge",
    "c8gb.8xlarge",
    "c8gb.large",
    "c8gb.medium",
    "c8gb.metal-24xl",
    "c8gb.metal-48xl",
    "c8gb.xlarge",
    "c8gd.12xlarge",
    "c8gd.16xlarge",
    "c8gd.24xlarge",
    "c8gd.2xlarge",
    "c8gd.48xlarge",
    "c8gd.4xlarge",
    "c8gd.8xlarge",
    "c8gd.large",
    "c8gd.medium",
    "c8gd.metal-24xl",
    "c8gd.metal-48xl",
    "c8gd.xlarge",
    "c8gn.12xlarge",
    "c8gn.16xlarge",
    "c8gn.24xlarge",
    "c8gn.2xlarge",
    "c8gn.48xlarge",
    "c8gn.4xlarge",
    "c8gn.8xlarge",
    "c8gn.large",
    "c8gn.medium",
    "c8gn.metal-24xl",
    "c8gn.metal-48xl",
    "c8gn.xlarge",
    "c8i-flex.12xlarge",
    "c8i-flex.16xlarge",
    "c8i-flex.2xlarge",
    "c8i-flex.4xlarge",
    "c8i-flex.8xlarge",
    "c8i-flex.large",
    "c8i-flex.xlarge",
    "c8i.12xlarge",
    "c8i.16xlarge",
    "c8i.24xlarge",
    "c8i.2xlarge",
    "c8i.32xlarge",
    "c8i.48xlarge",
    "c8i.4xlarge",
    "c8i.8xlarge",
    "c8i.96xlarge",
    "c8i.large",
    "c8i.metal-48xl",
    "c8i.metal-96xl",
    "c8i.xlarge",
    "c8ib.12xlarge",
    "c8ib.16xlarge",
    "c8ib.24xlarge",
    "c8ib.2xlarge",
    "c8ib.32xlarge",
    "c8ib.48xlarge",
    "c8ib.4xlarge",
    "c8ib.8xlarge",
    "c8ib.96xlarge",
    "c8ib.large",
    "c8ib.metal-48xl",
    "c8ib.metal-96xl",
    "c8ib.xlarge",
    "c8id.12xlarge",
    "c8id.16xlarge",
    "c8id.24xlarge",
    "c8id.2xlarge",
    "c8id.32xlarge",
    "c8id.48xlarge",
    "c8id.4xlarge",
    "c8id.8xlarge",
    "c8id.96xlarge",
    "c8id.large",
    "c8id.metal-48xl",
    "c8id.metal-96xl",
    "c8id.xlarge",
    "c8in.12xlarge",
    "c8in.16xlarge",
    "c8in.24xlarge",
    "c8in.2xlarge",
    "c8in.32xlarge",
    "c8in.48xlarge",
    "c8in.4xlarge",
    "c8in.8xlarge",
    "c8in.96xlarge",
    "c8in.large",
    "c8in.metal-48xl",
    "c8in.metal-96xl",
    "c8in.xlarge",
    "c8ine.12xlarge",
    "c8ine.2xlarge",
    "c8ine.4xlarge",
    "c8ine.8xlarge",
    "c8ine.large",
    "c8ine.xlarge",
    "c9g.12xlarge",
    "c9g.16xlarge",
    "c9g.24xlarge",
    "c9g.2xlarge",
    "c9g.48xlarge",
    "c9g.4xlarge",
    "c9g.8xlarge",
    "c9g.large",
    "c9g.medium",
    "c9g.metal-48xl",
    "c9g.xlarge",
    "c9gd.12xlarge",
    "c9gd.16xlarge",
    "c9gd.24xlarge",
    "c9gd.2xlarge",
    "c9gd.48xlarge",
    "c9gd.4xlarge",
    "c9gd.8xlarge",
    "c9gd.large",
    "c9gd.medium",
    "c9gd.metal-48xl",
    "c9gd.xlarge",
    "cc1.4xlarge",
    "cc2.8xlarge",
    "cg1.4xlarge",
    "cr1.8xlarge",
    "d2.2xlarge",
    "d2.4xlarge",
    "d2.8xlarge",
    "d2.xlarge",
    "d3.2xlarge",
    "d3.4xlarge",
    "d3.8xlarge",
    "d3.xlarge",
    "d3en.12xlarge",
    "d3en.2xlarge",
    "d3en.4xlarge",
    "d3en.6xlarge",
    "d3en.8xlarge",
    "d3en.xlarge",
    "dl1.24xlarge",
    "dl2q.24xlarge",
    "f1.16xlarge",
    "f1.2xlarge",
    "f1.4xlarge",
    "f2.12xlarge",
    "f2.48xlarge",
    "f2.6xlarge",
    "g2.2xlarge",
    "g2.8xlarge",
    "g3.16xlarge",
    "g3.4xlarge",
    "g3.8xlarge",
    "g3s.xlarge",
    "g4ad.16xlarge",
    "g4ad.2xlarge",
    "g4ad.4xlarge",
    "g4ad.8xlarge",
    "g4ad.xlarge",
    "g4dn.12xlarge",
    "g4dn.16xlarge",
    "g4dn.2xlarge",
    "g4dn.4xlarge",
    "g4dn.8xlarge",
    "g4dn.metal",
    "g4dn.xlarge",
    "g5.12xlarge",
    "g5.16xlarge",
    "g5.24xlarge",
    "g5.2xlarge",
    "g5.48xlarge",
    "g5.4xlarge",
    "g5.8xlarge",
    "g5.xlarge",
    "g5g.16xlarge",
    "g5g.2xlarge",
    "g5g.4xlarge",
    "g5g.8xlarge",
    "g5g.metal",
    "g5g.xlarge",
    "g6.12xlarge",
    "g6.16xlarge",
    "g6.24xlarge",
    "g6.2xlarge",
    "g6.48xlarge",
    "g6.4xlarge",
    "g6.8xlarge",
    "g6.xlarge",
    "g6e.12xlarge",
    "g6e.16xlarge",
    "g6e.24xlarge",
    "g6e.2xlarge",
    "g6e.48xlarge",
    "g6e.4xlarge",
    "g6e.8xlarge",
    "g6e.xlarge",
    "g6f.2xlarge",
    "g6f.4xlarge",
    "g6f.large",
    "g6f.xlarge",
    "g7.12xlarge",
    "g7.24xlarge",
    "g7.2xlarge",
    "g7.48xlarge",
    "g7.4xlarge",
    "g7.8xlarge",
    "g7e.12xlarge",
    "g7e.24xlarge",
    "g7e.2xlarge",
    "g7e.48xlarge",
    "g7e.4xlarge",
    "g7e.8xlarge",
    "gr6.4xlarge",
    "gr6.8xlarge",
    "gr6f.4xlarge",
    "h1.16xlarge",
    "h1.2xlarge",
    "h1.4xlarge",
    "h1.8xlarge",
    "hi1.4xlarge",
    "hpc6a.48xlarge",
    "hpc6id.32xlarge",
    "hpc7a.12xlarge",
    "hpc7a.24xlarge",
    "hpc7a.48xlarge",
    "hpc7a.96xlarge",
    "hpc7g.16xlarge",
    "hpc7g.4xlarge",
    "hpc7g.8xlarge",
    "hpc8a.96xlarge",
    "hs1.8xlarge",
    "i2.2xlarge",
    "i2.4xlarge",
    "i2.8xlarge",
    "i2.xlarge",
    "i3.16xlarge",
    "i3.2xlarge",
    "i3.4xlarge",
    "i3.8xlarge",
    "i3.large",
    "i3.metal",
    "i3.xlarge",
    "i3en.12xlarge",
    "i3en.24xlarge",
    "i3en.2xlarge",
    "i3en.3xlarge",
    "i3en.6xlarge",
    "i3en.large",
    "i3en.metal",
    "i3en.xlarge",
    "i4g.16xlarge",
    "i4g.2xlarge",
    "i4g.4xlarge",
    "i4g.8xlarge",
    "i4g.large",
    "i4g.xlarge",
    "i4i.12xlarge",
    "i4i.16xlarge",
    "i4i.24xlarge",
    "i4i.2xlarge",
    "i4i.32xlarge",
    "i4i.4xlarge",
    "i4i.8xlarge",
    "i4i.large",
    "i4i.metal",
    "i4i.xlarge",
    "i7i.12xlarge",
    "i7i.16xlarge",
    "i7i.24xlarge",
    "i7i.2xlarge",
    "i7i.48xlarge",
    "i7i.4xlarge",
    "i7i.8xlarge",
    "i7i.large",
    "i7i.metal-24xl",
    "i7i.metal-48xl",
    "i7i.xlarge",
    "i7ie.12xlarge",
    "i7ie.18xlarge",
    "i7ie.24xlarge",
    "i7ie.2xlarge",
    "i7ie.3xlarge",
    "i7ie.48xlarge",
    "i7ie.6xlarge",
    "i7ie.large",
    "i7ie.metal-24xl",
    "i7ie.metal-48xl",
    "i7ie.xlarge",
    "i8g.12xlarge",
    "i8g.16xlarge",
    "i8g.24xlarge",
    "i8g.2xlarge",
    "i8g.48xlarge",
    "i8g.4xlarge",
    "i8g.8xlarge",
    "i8g.large",
    "i8g.metal-24xl",
    "i8g.metal-48xl",
    "i8g.xlarge",
    "i8ge.12xlarge",
    "i8ge.18xlarge",
    "i8ge.24xlarge",
    "i8ge.2xlarge",
    "i8ge.3xlarge",
    "i8ge.48xlarge",
    "i8ge.6xlarge",
    "i8ge.large",
    "i8ge.metal-24xl",
    "i8ge.metal-48xl",
    "i8ge.xlarge",
    "im4gn.16xlarge",
    "im4gn.2xlarge",
    "im4gn.4xlarge",
    "im4gn.8xlarge",
    "im4gn.large",
    "im4gn.xlarge",
    "inf1.24xlarge",
    "inf1.2xlarge",
    "inf1.6xlarge",
    "inf1.xlarge",
    "inf2.24xlarge",
    "inf2.48xlarge",
    "inf2.8xlarge",
    "inf2.xlarge",
    "is4gen.2xlarge",
    "is4gen.4xlarge",
    "is4gen.8xlarge",
    "is4gen.large",
    "is4gen.medium",
    "is4gen.xlarge",
    "m1.large",
    "m1.medium",
    "m1.small",
    "m1.xlarge",
    "m2.2xlarge",
    "m2.4xlarge",
    "m2.xlarge",
    "m3.2xlarge",
    "m3.large",
    "m3.medium",
    "m3.xlarge",
    "m4.10xlarge",
    "m4.16xlarge",
    "m4.2xlarge",
    "m4.4xlarge",
    "m4.large",
    "m4.xlarge",
    "m5.12xlarge",
    "m5.16xlarge",
    "m5.24xlarge",
    "m5.2xlarge",
    "m5.4xlarge",
    "m5.8xlarge",
    "m5.large",
    "m5.metal",
    "m5.xlarge",
    "m5a.12xlarge",
    "m5a.16xlarge",
    "m5a.24xlarge",
    "m5a.2xlarge",
    "m5a.4xlarge",
    "m5a.8xlarge",
    "m5a.large",
    "m5a.xlarge",
    "m5ad.12xlarge",
    "m5ad.16xlarge",
    "m5ad.24xlarge",
    "m5ad.2xlarge",
    "m5ad.4xlarge",
    "m5ad.8xlarge",
    "m5ad.large",
    "m5ad.xlarge",
    "m5d.12xlarge",
    "m5d.16xlarge",
    "m5d.24xlarge",
    "m5d.2xlarge",
    "m5d.4xlarge",
    "m5d.8xlarge",
    "m5d.large",
    "m5d.metal",
    "m5d.xlarge",
    "m5dn.12xlarge",
    "m5dn.16xlarge",
    "m5dn.24xlarge",
    "m5dn.2xlarge",
    "m5dn.4xlarge",
    "m5dn.8xlarge",
    "m5dn.large",
    "m5dn.metal",
    "m5dn.xlarge",
    "m5n.12xlarge",
    "m5n.16xlarge",
    "m5n.24xlarge",
    "m5n.2xlarge",
    "m5n.4xlarge",
    "m5n.8xlarge",
    "m5n.large",
    "m5n.metal",
    "m5n.xlarge",
    "m5zn.12xlarge",
    "m5zn.2xlarge",
    "m5zn.3xlarge",
    "m5zn.6xlarge",
    "m5zn.large",
    "m5zn.metal",
    "m5zn.xlarge",
    "m6a.12xlarge",
    "m6a.16xlarge",
    "m6a.24xlarge",
    "m6a.2xlarge",
    "m6a.32xlarge",
    "m6a.48xlarge",
    "m6a.4xlarge",
    "m6a.8xlarge",
    "m6a.large",
    "m6a.metal",
    "m6a.xlarge",
    "m6g.12xlarge",
    "m6g.16xlarge",
    "m6g.2xlarge",
    "m6g.4xlarge",
    "m6g.8xlarge",
    "m6g.large",
    "m6g.medium",
    "m6g.metal",
    "m6g.xlarge",
    "m6gd.12xlarge",
    "m6gd.16xlarge",
    "m6gd.2xlarge",
    "m6gd.4xlarge",
    "m6gd.8xlarge",
    "m6gd.large",
    "m6gd.medium",
    "m6gd.metal",
    "m6gd.xlarge",
    "m6i.12xlarge",
    "m6i.16xlarge",
    "m6i.24xlarge",
    "m6i.2xlarge",
    "m6i.32xlarge",
    "m6i.4xlarge",
    "m6i.8xlarge",
    "m6i.large",
    "m6i.metal",
    "m6i.xlarge",
    "m6id.12xlarge",
    "m6id.16xlarge",
    "m6id.24xlarge",
    "m6id.2xlarge",
    "m6id.32xlarge",
    "m6id.4xlarge",
    "m6id.8xlarge",
    "m6id.large",
    "m6id.metal",
    "m6id.xlarge",
    "m6idn.12xlarge",
    "m6idn.16xlarge",
    "m6idn.24xlarge",
    "m6idn.2xlarge",
    "m6idn.32xlarge",
    "m6idn.4xlarge",
    "m6idn.8xlarge",
    "m6idn.large",
    "m6idn.metal",
    "m6idn.xlarge",
    "m6in.12xlarge",
    "m6in.16xlarge",
    "m6in.24xlarge",
    "m6in.2xlarge",
    "m6in.32xlarge",
    "m6in.4xlarge",
    "m6in.8xlarge",
    "m6in.large",
    "m6in.metal",
    "m6in.xlarge",
    "m7a.12xlarge",
    "m7a.16xlarge",
    "m7a.24xlarge",
    "m7a.2xlarge",
    "m7a.32xlarge",
    "m7a.48xlarge",
    "m7a.4xlarge",
    "m7a.8xlarge",
    "m7a.large",
    "m7a.medium",
    "m7a.metal-48xl",
    "m7a.xlarge",
    "m7g.12xlarge",
    "m7g.16xlarge",
    "m7g.2xlarge",
    "m7g.4xlarge",
    "m7g.8xlarge",
    "m7g.large",
    "m7g.medium",
    "m7g.metal",
    "m7g.xlarge",
    "m7gd.12xlarge",
    "m7gd.16xlarge",
    "m7gd.2xlarge",
    "m7gd.4xlarge",
    "m7gd.8xlarge",
    "m7gd.large",
    "m7gd.medium",
    "m7gd.metal",
    "m7gd.xlarge",
    "m7i-flex.12xlarge",
    "m7i-flex.16xlarge",
    "m7i-flex.2xlarge",
    "m7i-flex.4xlarge",
    "m7i-flex.8xlarge",
    "m7i-flex.large",
    "m7i-flex.xlarge",
    "m7i.12xlarge",
    "m7i.16xlarge",
    "m7i.24xlarge",
    "m7i.2xlarge",
    "m7i.48xlarge",
    "m7i.4xlarge",
    "m7i.8xlarge",
    "m7i.large",
    "m7i.metal-24xl",
    "m7i.metal-48xl",
    "m7i.xlarge",
    "m8a.12xlarge",
    "m8a.16xlarge",
    "m8a.24xlarge",
    "m8a.2xlarge",
    "m8a.48xlarge",
    "m8a.4xlarge",
    "m8a.8xlarge",
    "m8a.large",
    "m8a.medium",
    "m8a.metal-24xl",
    "m8a.metal-48xl",
    "m8a.xlarge",
    "m8azn.12xlarge",
    "m8azn.24xlarge",
    "m8azn.3xlarge",
    "m8azn.6xlarge",
    "m8azn.large",
    "m8azn.medium",
    "m8azn.metal-12xl",
    "m8azn.metal-24xl",
    "m8azn.xlarge",
    "m8g.12xlarge",
    "m8g.16xlarge",
    "m8g.24xlarge",
    "m8g.2xlarge",
    "m8g.48xlarge",
    "m8g.4xlarge",
    "m8g.8xlarge",
    "m8g.large",
    "m8g.medium",
    "m8g.metal-24xl",
    "m8g.metal-48xl",
    "m8g.xlarge",
    "m8gb.12xlarge",
    "m8gb.16xlarge",
    "m8gb.24xlarge",
    "m8gb.2xlarge",
    "m8gb.48xlarge",
    "m8gb.4xlarge",
    "m8gb.8xlarge",
    "m8gb.large",
    "m8gb.medium",
    "m8gb.metal-24xl",
    "m8gb.metal-48xl",
    "m8gb.xlarge",
    "m8gd.12xlarge",
    "m8gd.16xlarge",
    "m8gd.24xlarge",
    "m8gd.2xlarge",
    "m8gd.48xlarge",
    "m8gd.4xlarge",
    "m8gd.8xlarge",
    "m8gd.large",
    "m8gd.medium",
    "m8gd.metal-24xl",
    "m8gd.metal-48xl",
    "m8gd.xlarge",
    "m8gn.12xlarge",
    "m8gn.16xlarge",
    "m8gn.24xlarge",
    "m8gn.2xlarge",
    "m8gn.48xlarge",
    "m8gn.4xlarge",
    "m8gn.8xlarge",
    "m8gn.large",
    "m8gn.medium",
    "m8gn.metal-24xl",
    "m8gn.metal-48xl",
    "m8gn.xlarge",
    "m8i-flex.12xlarge",
    "m8i-flex.16xlarge",
    "m8i-flex.2xlarge",
    "m8i-flex.4xlarge",
    "m8i-flex.8xlarge",
    "m8i-flex.large",
    "m8i-flex.xlarge",
    "m8i.12xlarge",
    "m8i.16xlarge",
    "m8i.24xlarge",
    "m8i.2xlarge",
    "m8i.32xlarge",
    "m8i.48xlarge",
    "m8i.4xlarge",
    "m8i.8xlarge",
    "m8i.96xlarge",
    "m8i.large",
    "m8i.metal-48xl",
    "m8i.metal-96xl",
    "m8i.xlarge",
    "m8ib.12xlarge",
    "m8ib.16xlarge",
    "m8ib.24xlarge",
    "m8ib.2xlarge",
    "m8ib.32xlarge",
    "m8ib.48xlarge",
    "m8ib.4xlarge",
    "m8ib.8xlarge",
    "m8ib.96xlarge",
    "m8ib.large",
    "m8ib.metal-48xl",
    "m8ib.metal-96xl",
    "m8ib.xlarge",
    "m8id.12xlarge",
    "m8id.16xlarge",
    "m8id.24xlarge",
    "m8id.2xlarge",
    "m8id.32xlarge",
    "m8id.48xlarge",
    "m8id.4xlarge",
    "m8id.8xlarge",
    "m8id.96xlarge",
    "m8id.large",
    "m8id.metal-48xl",
    "m8id.metal-96xl",
    "m8id.xlarge",
    "m8idb.12xlarge",
    "m8idb.16xlarge",
    "m8idb.24xlarge",
    "m8idb.2xlarge",
    "m8idb.32xlarge",
    "m8idb.48xlarge",
    "m8idb.4xlarge",
    "m8idb.8xlarge",
    "m8idb.96xlarge",
    "m8idb.large",
    "m8idb.metal-48xl",
    "m8idb.metal-96xl",
    "m8idb.xlarge",
    "m8idn.12xlarge",
    "m8idn.16xlarge",
    "m8idn.24xlarge",
    "m8idn.2xlarge",
    "m8idn.32xlarge",
    "m8idn.48xlarge",
    "m8idn.4xlarge",
    "m8idn.8xlarge",
    "m8idn.96xlarge",
    "m8idn.large",
    "m8idn.metal-48xl",
    "m8idn.metal-96xl",
    "m8idn.xlarge",
    "m8in.12xlarge",
    "m8in.16xlarge",
    "m8in.24xlarge",
    "m8in.2xlarge",
    "m8in.32xlarge",
    "m8in.48xlarge",
    "m8in.4xlarge",
    "m8in.8xlarge",
    "m8in.96xlarge",
    "m8in.large",
    "m8in.metal-48xl",
    "m8in.metal-96xl",
    "m8in.xlarge",
    "m8ine.12xlarge",
    "m8ine.2xlarge",
    "m8ine.4xlarge",
    "m8ine.8xlarge",
    "m8ine.large",
    "m8ine.xlarge",
    "m9g.12xlarge",
    "m9g.16xlarge",
    "m9g.24xlarge",
    "m9g.2xlarge",
    "m9g.48xlarge",
    "m9g.4xlarge",
    "m9g.8xlarge",
    "m9g.large",
    "m9g.medium",
    "m9g.metal-24xl",
    "m9g.metal-48xl",
    "m9g.xlarge",
    "m9gd.12xlarge",
    "m9gd.16xlarge",
    "m9gd.24xlarge",
    "m9gd.2xlarge",
    "m9gd.48xlarge",
    "m9gd.4xlarge",
    "m9gd.8xlarge",
    "m9gd.large",
    "m9gd.medium",
    "m9gd.metal-24xl",
    "m9gd.metal-48xl",
    "m9gd.xlarge",
    "mac-m3ultra.metal",
    "mac-m4.metal",
    "mac-m4max.metal",
    "mac-m4pro.metal",
    "mac1.metal",
    "mac2-m1ultra.metal",
    "mac2-m2.metal",
    "mac2-m2pro.metal",
    "mac2.metal",
    "p2.16xlarge",
    "p2.8xlarge",
    "p2.xlarge",
    "p3.16xlarge",
    "p3.2xlarge",
    "p3.8xlarge",
    "p3dn.24xlarge",
    "p4d.24xlarge",
    "p4de.24xlarge",
    "p5.48xlarge",
    "p5.4xlarge",
    "p5e.48xlarge",
    "p5en.48xlarge",
    "p6-b200.48xlarge",
    "p6-b300.48xlarge",
    "p6e-gb200.36xlarge",
    "r3.2xlarge",
    "r3.4xlarge",
    "r3.8xlarge",
    "r3.large",
    "r3.xlarge",
    "r4.16xlarge",
    "r4.2xlarge",
    "r4.4xlarge",
    "r4.8xlarge",
    "r4.large",
    "r4.xlarge",
    "r5.12xlarge",
    "r5.16xlarge",
    "r5.24xlarge",
    "r5.2xlarge",
    "r5.4xlarge",
    "r5.8xlarge",
    "r5.large",
    "r5.metal",
    "r5.xlarge",
    "r5a.12xlarge",
    "r5a.16xlarge",
    "r5a.24xlarge",
    "r5a.2xlarge",
    "r5a.4xlarge",
    "r5a.8xlarge",
    "r5a.large",
    "r5a.xlarge",
    "r5ad.12xlarge",
    "r5ad.16xlarge",
    "r5ad.24xlarge",
    "r5ad.2xlarge",
    "r5ad.4xlarge",
    "r5ad.8xlarge",
    "r5ad.large",
    "r5ad.xlarge",
    "r5b.12xlarge",
    "r5b.16xlarge",
    "r5b.24xlarge",
    "r5b.2xlarge",
    "r5b.4xlarge",
    "r5b.8xlarge",
    "r5b.large",
    "r5b.metal",
    "r5b.xlarge",
    "r5d.12xlarge",
    "r5d.16xlarge",
    "r5d.24xlarge",
    "r5d.2xlarge",
    "r5d.4xlarge",
    "r5d.8xlarge",
    "r5d.large",
    "r5d.metal",
    "r5d.xlarge",
    "r5dn.12xlarge",
    "r5dn.16xlarge",
    "r5dn.24xlarge",
    "r5dn.2xlarge",
    "r5dn.4xlarge",
    "r5dn.8xlarge",
    "r5dn.large",
    "r5dn.metal",
    "r5dn.xlarge",
    "r5n.12xlarge",
    "r5n.16xlarge",
    "r5n.24xlarge",
    "r5n.2xlarge",
    "r5n.4xlarge",
    "r5n.8xlarge",
    "r5n.large",
    "r5n.metal",
    "r5n.xlarge",
    "r6a.12xlarge",
    "r6a.16xlarge",
    "r6a.24xlarge",
    "r6a.2xlarge",
    "r6a.32xlarge",
    "r6a.48xlarge",
    "r6a.4xlarge",
    "r6a.8xlarge",
    "r6a.large",
    "r6a.metal",
    "r6a.xlarge",
    "r6g.12xlarge",
    "r6g.16xlarge",
    "r6g.2xlarge",
    "r6g.4xlarge",
    "r6g.8xlarge",
    "r6g.large",
    "r6g.medium",
    "r6g.metal",
    "r6g.xlarge",
    "r6gd.12xlarge",
    "r6gd.16xlarge",
    "r6gd.2xlarge",
    "r6gd.4xlarge",
    "r6gd.8xlarge",
    "r6gd.large",
    "r6gd.medium",
    "r6gd.metal",
    "r6gd.xlarge",
    "r6i.12xlarge",
    "r6i.16xlarge",
    "r6i.24xlarge",
    "r6i.2xlarge",
    "r6i.32xlarge",
    "r6i.4xlarge",
    "r6i.8xlarge",
    "r6i.large",
    "r6i.metal",
    "r6i.xlarge",
    "r6id.12xlarge",
    "r6id.16xlarge",
    "r6id.24xlarge",
    "r6id.2xlarge",
    "r6id.32xlarge",
    "r6id.4xlarge",
    "r6id.8xlarge",
    "r6id.large",
    "r6id.metal",
    "r6id.xlarge",
    "r6idn.12xlarge",
    "r6idn.16xlarge",
    "r6idn.24xlarge",
    "r6idn.2xlarge",
    "r6idn.32xlarge",
    "r6idn.4xlarge",
    "r6idn.8xlarge",
    "r6idn.large",
    "r6idn.metal",
    "r6idn.xlarge",
    "r6in.12xlarge",
    "r6in.16xlarge",
    "r6in.24xlarge",
    "r6in.2xlarge",
    "r6in.32xlarge",
    "r6in.4xlarge",
    "r6in.8xlarge",
    "r6in.large",
    "r6in.metal",
    "r6in.xlarge",
    "r7a.12xlarge",
    "r7a.16xlarge",
    "r7a.24xlarge",
    "r7a.2xlarge",
    "r7a.32xlarge",
    "r7a.48xlarge",
    "r7a.4xlarge",
    "r7a.8xlarge",
    "r7a.large",
    "r7a.medium",
    "r7a.metal-48xl",
    "r7a.xlarge",
    "r7g.12xlarge",
    "r7g.16xlarge",
    "r7g.2xlarge",
    "r7g.4xlarge",
    "r7g.8xlarge",
    "r7g.large",
    "r7g.medium",
    "r7g.metal",
    "r7g.xlarge",
    "r7gd.12xlarge",
    "r7gd.16xlarge",
    "r7gd.2xlarge",
    "r7gd.4xlarge",
    "r7gd.8xlarge",
    "r7gd.large",
    "r7gd.medium",
    "r7gd.metal",
    "r7gd.xlarge",
    "r7i.12xlarge",
    "r7i.16xlarge",
    "r7i.24xlarge",
    "r7i.2xlarge",
    "r7i.48xlarge",
    "r7i.4xlarge",
    "r7i.8xlarge",
    "r7i.large",
    "r7i.metal-24xl",
    "r7i.metal-48xl",
    "r7i.xlarge",
    "r7iz.12xlarge",
    "r7iz.16xlarge",
    "r7iz.2xlarge",
    "r7iz.32xlarge",
    "r7iz.4xlarge",
    "r7iz.8xlarge",
    "r7iz.large",
    "r7iz.metal-16xl",
    "r7iz.metal-32xl",
    "r7iz.xlarge",
    "r8a.12xlarge",
    "r8a.16xlarge",
    "r8a.24xlarge",
    "r8a.2xlarge",
    "r8a.48xlarge",
    "r8a.4xlarge",
    "r8a.8xlarge",
    "r8a.large",
    "r8a.medium",
    "r8a.metal-24xl",
    "r8a.metal-48xl",
    "r8a.xlarge",
    "r8g.12xlarge",
    "r8g.16xlarge",
    "r8g.24xlarge",
    "r8g.2xlarge",
    "r8g.48xlarge",
    "r8g.4xlarge",
    "r8g.8xlarge",
    "r8g.large",
    "r8g.medium",
    "r8g.metal-24xl",
    "r8g.metal-48xl",
    "r8g.xlarge",
    "r8gb.12xlarge",
    "r8gb.16xlarge",
    "r8gb.24xlarge",
    "r8gb.2xlarge",
    "r8gb.48xlarge",
    "r8gb.4xlarge",
    "r8gb.8xlarge",
    "r8gb.large",
    "r8gb.medium",
    "r8gb.metal-24xl",
    "r8gb.metal-48xl",
    "r8gb.xlarge",
    "r8gd.12xlarge",
    "r8gd.16xlarge",
    "r8gd.24xlarge",
    "r8gd.2xlarge",
    "r8gd.48xlarge",
    "r8gd.4xlarge",
    "r8gd.8xlarge",
    "r8gd.large",
    "r8gd.medium",
    "r8gd.metal-24xl",
    "r8gd.metal-48xl",
    "r8gd.xlarge",
    "r8gn.12xlarge",
    "r8gn.16xlarge",
    "r8gn.24xlarge",
    "r8gn.2xlarge",
    "r8gn.48xlarge",
    "r8gn.4xlarge",
    "r8gn.8xlarge",
    "r8gn.large",
    "r8gn.medium",
    "r8gn.metal-24xl",
    "r8gn.metal-48xl",
    "r8gn.xlarge",
    "r8i-flex.12xlarge",
    "r8i-flex.16xlarge",
    "r8i-flex.2xlarge",
    "r8i-flex.4xlarge",
    "r8i-flex.8xlarge",
    "r8i-flex.large",
    "r8i-flex.xlarge",
    "r8i.12xlarge",
    "r8i.16xlarge",
    "r8i.24xlarge",
    "r8i.2xlarge",
    "r8i.32xlarge",
    "r8i.48xlarge",
    "r8i.4xlarge",
    "r8i.8xlarge",
    "r8i.96xlarge",
    "r8i.large",
    "r8i.metal-48xl",
    "r8i.metal-96xl",
    "r8i.xlarge",
    "r8ib.12xlarge",
    "r8ib.16xlarge",
    "r8ib.24xlarge",
    "r8ib.2xlarge",
    "r8ib.32xlarge",
    "r8ib.48xlarge",
    "r8ib.4xlarge",
    "r8ib.8xlarge",
    "r8ib.96xlarge",
    "r8ib.large",
    "r8ib.metal-48xl",
    "r8ib.metal-96xl",
    "r8ib.xlarge",
    "r8id.12xlarge",
    "r8id.16xlarge",
    "r8id.24xlarge",
    "r8id.2xlarge",
    "r8id.32xlarge",
    "r8id.48xlarge",
    "r8id.4xlarge",
    "r8id.8xlarge",
    "r8id.96xlarge",
    "r8id.large",
    "r8id.metal-48xl",
    "r8id.metal-96xl",
    "r8id.xlarge",
    "r8idb.12xlarge",
    "r8idb.16xlarge",
    "r8idb.24xlarge",
    "r8idb.2xlarge",
    "r8idb.32xlarge",
    "r8idb.48xlarge",
    "r8idb.4xlarge",
    "r8idb.8xlarge",
    "r8idb.96xlarge",
    "r8idb.large",
    "r8idb.metal-48xl",
    "r8idb.metal-96xl",
    "r8idb.xlarge",
    "r8idn.12xlarge",
    "r8idn.16xlarge",
    "r8idn.24xlarge",
    "r8idn.2xlarge",
    "r8idn.32xlarge",
    "r8idn.48xlarge",
    "r8idn.4xlarge",
    "r8idn.8xlarge",
    "r8idn.96xlarge",
    "r8idn.large",
    "r8idn.metal-48xl",
    "r8idn.metal-96xl",
    "r8idn.xlarge",
    "r8in.12xlarge",
    "r8in.16xlarge",
    "r8in.24xlarge",
    "r8in.2xlarge",
    "r8in.32xlarge",
    "r8in.48xlarge",
    "r8in.4xlarge",
    "r8in.8xlarge",
    "r8in.96xlarge",
    "r8in.large",
    "r8in.metal-48xl",
    "r8in.metal-96xl",
    "r8in.xlarge",
    "r9g.12xlarge",
    "r9g.16xlarge",
    "r9g.24xlarge",
    "r9g.2xlarge",
    "r9g.48xlarge",
    "r9g.4xlarge",
    "r9g.8xlarge",
    "r9g.large",
    "r9g.medium",
    "r9g.metal-48xl",
    "r9g.xlarge",
    "r9gd.12xlarge",
    "r9gd.16xlarge",
    "r9gd.24xlarge",
    "r9gd.2xlarge",
    "r9gd.48xlarge",
    "r9gd.4xlarge",
    "r9gd.8xlarge",
    "r9gd.large",
    "r9gd.medium",
    "r9gd.metal-48xl",
    "r9gd.xlarge",
    "t1.micro",
    "t2.2xlarge",
    "t2.large",
    "t2.medium",
    "t2.micro",
    "t2.nano",
    "t2.small",
    "t2.xlarge",
    "t3.2xlarge",
    "t3.large",
    "t3.medium",
    "t3.micro",
    "t3.nano",
    "t3.small",
    "t3.xlarge",
    "t3a.2xlarge",
    "t3a.large",
    "t3a.medium",
    "t3a.micro",
    "t3a.nano",
    "t3a.small",
    "t3a.xlarge",
    "t4g.2xlarge",
    "t4g.large",
    "t4g.medium",
    "t4g.micro",
    "t4g.nano",
    "t4g.small",
    "t4g.xlarge",
    "t8i.medium",
    "t8i.micro",
    "t8i.nano",
    "t8i.small",
    "trn1.2xlarge",
    "trn1.32xlarge",
    "trn1n.32xlarge",
    "trn2.3xlarge",
    "trn2.48xlarge",
    "trn2u.48xlarge",
    "u-12tb1.112xlarge",
    "u-12tb1.metal",
    "u-18tb1.112xlarge",
    "u-18tb1.metal",
    "u-24tb1.112xlarge",
    "u-24tb1.metal",
    "u-3tb1.56xlarge",
    "u-6tb1.112xlarge",
    "u-6tb1.56xlarge",
    "u-6tb1.metal",
    "u-9tb1.112xlarge",
    "u-9tb1.metal",
    "u7i-12tb.224xlarge",
    "u7i-6tb.112xlarge",
    "u7i-8tb.112xlarge",
    "u7ib-12tb.224xlarge",
    "u7in-16tb.224xlarge",
    "u7in-24tb.224xlarge",
    "u7in-32tb.224xlarge",
    "u7inh-32tb.480xlarge",
    "vt1.24xlarge",
    "vt1.3xlarge",
    "vt1.6xlarge",
    "x1.16xlarge",
    "x1.32xlarge",
    "x1e.16xlarge",
    "x1e.2xlarge",
    "x1e.32xlarge",
    "x1e.4xlarge",
    "x1e.8xlarge",
    "x1e.xlarge",
    "x2gd.12xlarge",
    "x2gd.16xlarge",
    "x2gd.2xlarge",
    "x2gd.4xlarge",
    "x2gd.8xlarge",
    "x2gd.large",
    "x2gd.medium",
    "x2gd.metal",
    "x2gd.xlarge",
    "x2idn.16xlarge",
    "x2idn.24xlarge",
    "x2idn.32xlarge",
    "x2idn.metal",
    "x2iedn.16xlarge",
    "x2iedn.24xlarge",
    "x2iedn.2xlarge",
    "x2iedn.32xlarge",
    "x2iedn.4xlarge",
    "x2iedn.8xlarge",
    "x2iedn.metal",
    "x2iedn.xlarge",
    "x2iezn.12xlarge",
    "x2iezn.2xlarge",
    "x2iezn.4xlarge",
    "x2iezn.6xlarge",
    "x2iezn.8xlarge",
    "x2iezn.metal",
    "x8aedz.12xlarge",
    "x8aedz.24xlarge",
    "x8aedz.3xlarge",
    "x8aedz.6xlarge",
    "x8aedz.large",
    "x8aedz.metal-12xl",
    "x8aedz.metal-24xl",
    "x8aedz.xlarge",
    "x8g.12xlarge",
    "x8g.16xlarge",
    "x8g.24xlarge",
    "x8g.2xlarge",
    "x8g.48xlarge",
    "x8g.4xlarge",
    "x8g.8xlarge",
    "x8g.large",
    "x8g.medium",
    "x8g.metal-24xl",
    "x8g.metal-48xl",
    "x8g.xlarge",
    "x8i.12xlarge",
    "x8i.16xlarge",
    "x8i.24xlarge",
    "x8i.2xlarge",
    "x8i.32xlarge",
    "x8i.48xlarge",
    "x8i.4xlarge",
    "x8i.64xlarge",
    "x8i.8xlarge",
    "x8i.96xlarge",
    "x8i.large",
    "x8i.metal-48xl",
    "x8i.metal-96xl",
    "x8i.xlarge",
    "z1d.12xlarge",
    "z1d.2xlarge",
    "z1d.3xlarge",
    "z1d.6xlarge",
    "z1d.large",
    "z1d.metal",
    "z1d.xlarge"
  ]
};

// src/model/instance-types.ts
var NAMES = instance_types_default.types;
var NAME_SET = new Set(NAMES);
var INSTANCE_TYPE_SOURCE = instance_types_default.source;
var INSTANCE_TYPE_COUNT = NAMES.length;
var MAX_SUGGEST_INPUT = 64;
var WELL_FORMED_SIZE = /^(?:\d{0,3}xlarge|large|medium|small|micro|nano|metal(?:-\d{1,3}xl)?)$/;
var BY_DOTLESS = (() => {
  const map2 = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const name of NAMES) {
    const key = name.replace(/[.-]/g, "");
    if (map2.has(key)) ambiguous.add(key);
    else map2.set(key, name);
  }
  for (const key of ambiguous) map2.delete(key);
  return map2;
})();
var BY_FAMILY = (() => {
  const map2 = /* @__PURE__ */ new Map();
  for (const name of NAMES) {
    const family = name.slice(0, name.indexOf("."));
    const list2 = map2.get(family);
    if (list2) list2.push(name);
    else map2.set(family, [name]);
  }
  return map2;
})();
function isInstanceType(name) {
  return NAME_SET.has(name);
}
function expandSize(size) {
  const multiple = /^(\d{1,3})x(?:l|lg|lrg|larg|large)$/.exec(size);
  if (multiple) return `${multiple[1]}xlarge`;
  const xs = /^(x+)(?:l|lg|lrg|larg|large)$/.exec(size);
  if (xs) {
    const count = xs[1]?.length ?? 0;
    return count === 1 ? "xlarge" : `${count}xlarge`;
  }
  if (/^(?:l|lg|lrg|larg)$/.test(size)) return "large";
  if (/^(?:med|medum|meduim|mediun)$/.test(size)) return "medium";
  if (/^(?:sm|sml|smal)$/.test(size)) return "small";
  return void 0;
}
function commonPrefix(a, b2) {
  let n = 0;
  while (n < a.length && n < b2.length && a[n] === b2[n]) n++;
  return n;
}
function closest(input, candidates, limit) {
  let best;
  let bestDistance = limit + 1;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate, Math.min(limit, bestDistance));
    if (distance > limit || distance > bestDistance) continue;
    const prefix = commonPrefix(input, candidate);
    if (distance < bestDistance || prefix > bestPrefix) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return best;
}
function suggestInstanceType(name) {
  if (NAME_SET.has(name) || name.length > MAX_SUGGEST_INPUT) return void 0;
  const lower = foldLookAlikes(name).trim().toLowerCase();
  if (lower.length === 0) return void 0;
  if (NAME_SET.has(lower)) return lower;
  const dotted = lower.includes(".") ? lower : lower.replace(/[\s_\-,:/]+(?=[^\s_\-,:/]*$)/, ".");
  if (NAME_SET.has(dotted)) return dotted;
  const dotless = BY_DOTLESS.get(lower.replace(/[\s._\-,:/]/g, ""));
  if (dotless) return dotless;
  const dot = dotted.indexOf(".");
  if (dot > 0) {
    const family = dotted.slice(0, dot);
    const members = BY_FAMILY.get(family);
    if (members) {
      const expanded = expandSize(dotted.slice(dot + 1));
      const query = expanded === void 0 ? dotted : `${family}.${expanded}`;
      if (NAME_SET.has(query)) return query;
      if (WELL_FORMED_SIZE.test(query.slice(dot + 1))) return void 0;
      return closest(query, members, 3);
    }
  }
  const limit = dotted.length <= 8 ? 1 : dotted.length <= 12 ? 2 : 3;
  return closest(dotted, NAMES, limit);
}
var EXACT_FAMILIES = new Map([
  ...["c5", "c5a", "c5ad", "c5d", "c6a", "c6g", "c6gd", "c6i", "c6id", "c7a", "c7g", "c7gd", "c7i", "c8g", "c8gd"].map(
    (family) => [family, 2]
  ),
  ...["m5", "m5a", "m5ad", "m5d", "m6a", "m6g", "m6gd", "m6i", "m6id", "m7a", "m7g", "m7gd", "m7i", "m8g", "m8gd"].map(
    (family) => [family, 4]
  ),
  ...["r5", "r5a", "r5ad", "r5b", "r5d", "r6a", "r6g", "r6gd", "r6i", "r6id", "r7a", "r7g", "r7gd", "r7i", "r8g", "r8gd"].map(
    (family) => [family, 8]
  )
]);
function instanceTypeSpecs(name) {
  if (!NAME_SET.has(name)) return void 0;
  const [family = "", size = ""] = name.split(".");
  const perVcpu = EXACT_FAMILIES.get(family);
  if (perVcpu === void 0) return void 0;
  let vcpus;
  if (size === "medium") vcpus = 1;
  else if (size === "large") vcpus = 2;
  else if (size === "xlarge") vcpus = 4;
  else {
    const multiple = /^(\d+)xlarge$/.exec(size);
    if (!multiple) return void 0;
    vcpus = 4 * Number(multiple[1]);
  }
  return { vcpus, memoryGiB: vcpus * perVcpu };
}

// src/rules/bucket-name.ts
var RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
var RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];
function isPlainBucketName(name) {
  if (name.length < 3 || name.length > 63) return false;
  for (let i = 0; i < name.length; i += 1) {
    const c2 = name.charCodeAt(i);
    const alphanumeric = c2 >= 97 && c2 <= 122 || c2 >= 48 && c2 <= 57;
    if (!alphanumeric && (c2 !== 45 || i === 0 || i === name.length - 1)) return false;
  }
  for (let i = 0; i < RESERVED_PREFIXES.length; i += 1) if (name.startsWith(RESERVED_PREFIXES[i])) return false;
  for (let i = 0; i < RESERVED_SUFFIXES.length; i += 1) if (name.endsWith(RESERVED_SUFFIXES[i])) return false;
  return true;
}
function bucketNameProblems(name) {
  if (isPlainBucketName(name)) return [];
  const problems = [];
  if (name.length < 3 || name.length > 63) problems.push(`must be 3 to 63 characters long (it has ${name.length})`);
  if (/[^a-z0-9.-]/.test(name)) problems.push("may contain only lower-case letters, digits, dots (.) and hyphens (-)");
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) problems.push("must start and end with a letter or digit");
  if (name.includes("..")) problems.push("must not contain two dots in a row");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) problems.push("must not look like an IP address");
  for (const prefix of RESERVED_PREFIXES) if (name.startsWith(prefix)) problems.push(`must not start with \`${prefix}\` (reserved by AWS)`);
  for (const suffix of RESERVED_SUFFIXES) if (name.endsWith(suffix)) problems.push(`must not end with \`${suffix}\` (reserved by AWS)`);
  return problems;
}

// src/rules/request-rules.ts
var compiled = /* @__PURE__ */ new Map();
function matches(pattern, value2) {
  let regex2 = compiled.get(pattern);
  if (!regex2) {
    regex2 = new RegExp(pattern, "u");
    compiled.set(pattern, regex2);
  }
  return regex2.test(value2);
}
function repeats(keys) {
  const found = [];
  for (let i = 1; i < keys.length; i++) {
    const first = keys.indexOf(keys[i]);
    if (first < i) found.push([i, first]);
  }
  return found;
}
function projectRules(policy, request, data, out) {
  if (!matches(policy.patterns.projectTag, data.tag)) {
    const organisation = policy.organisation.toLowerCase();
    const prefixed = `${organisation}${data.tag}`;
    const hasPrefix = editDistance(data.tag.slice(0, organisation.length).toLowerCase(), organisation, 2) <= 2;
    const advice = !hasPrefix && matches(policy.patterns.projectTag, prefixed) ? `did you mean \`${prefixed}\`?` : "use lower-case letters and digits as IT services will tag it.";
    out.push(findingAt(request, "/tag", "project-tag", `Project tag \`${data.tag}\` does not match the organisation's pattern \`${policy.patterns.projectTag}\`: ${advice}`));
  }
  if (!policy.dataClassifications.includes(data.data.classification)) {
    const guess = closestMatch(data.data.classification, policy.dataClassifications);
    out.push(findingAt(request, "/data/classification", "data-classification", `Unknown data classification \`${data.data.classification}\`: use one of ${policy.dataClassifications.map((c2) => `\`${c2}\``).join(", ")}${guess ? ` (did you mean \`${guess}\`?)` : ""}.`));
  }
}
function supportOptOut(policy, request, optedIn, out) {
  if (optedIn === false) {
    out.push(findingAt(request, "/dimeAnalyticsAccess", "support-opt-out", `This resource opts out of the ${policy.supportGroup.name} group: ${policy.reviewers.support.name} will be able to help less with it. Remove \`dimeAnalyticsAccess: false\` unless you mean it.`, "warning"));
  }
}
function between(request, pointer, label, value2, range, out) {
  if (value2 < range.min || value2 > range.max) out.push(findingAt(request, pointer, "volume-size", `${label} must be between ${range.min} and ${range.max} GiB (policy.yml); it is ${value2}.`));
}
function instanceRules(policy, request, data, out) {
  const { memoryGiB, vcpus } = data.requirements;
  if (memoryGiB > policy.limits.memoryGiB.max) out.push(findingAt(request, "/requirements/memoryGiB", "requirements-limit", `No instance offers ${memoryGiB} GiB of memory; the most is ${policy.limits.memoryGiB.max} GiB.`));
  if (vcpus > policy.limits.vcpus.max) out.push(findingAt(request, "/requirements/vcpus", "requirements-limit", `No instance offers ${vcpus} vCPUs; the most is ${policy.limits.vcpus.max}.`));
  if (data.instanceType !== void 0) {
    if (!isInstanceType(data.instanceType)) {
      const guess = suggestInstanceType(data.instanceType);
      const lookAlikes = describeLookAlikes(data.instanceType);
      const advice = guess ? `: did you mean \`${guess}\`?` : ". Remove `instanceType` and let IT services choose from your requirements, or use a name like `r6i.xlarge`.";
      out.push(findingAt(request, "/instanceType", "instance-type", `\`${data.instanceType}\` is not an EC2 instance type${advice}${lookAlikes ? ` ${lookAlikes}` : ""}`));
    } else {
      const specs = instanceTypeSpecs(data.instanceType);
      if (!specs) {
        out.push(findingAt(request, "/instanceType", "instance-type-unchecked", `The memory and vCPUs of \`${data.instanceType}\` are not known here, so whether it gives ${vcpus} vCPUs and ${memoryGiB} GiB cannot be checked: IT services will confirm it, or remove \`instanceType\` and let them choose.`, "warning"));
      } else if (specs.memoryGiB < memoryGiB || specs.vcpus < vcpus) {
        out.push(findingAt(request, "/instanceType", "instance-type-too-small", `\`${data.instanceType}\` has ${specs.vcpus} vCPUs and ${specs.memoryGiB} GiB, less than the ${vcpus} vCPUs and ${memoryGiB} GiB required: choose a larger type or remove \`instanceType\`.`));
      } else if (specs.memoryGiB >= 2 * memoryGiB || specs.vcpus >= 2 * vcpus) {
        out.push(findingAt(request, "/instanceType", "instance-type-oversized", `\`${data.instanceType}\` (${specs.vcpus} vCPUs, ${specs.memoryGiB} GiB) is at least twice what the requirements need (${vcpus} vCPUs, ${memoryGiB} GiB); a smaller type costs less.`, "warning"));
      }
    }
  }
  between(request, "/storage/rootGiB", "The system disk", data.storage.rootGiB, policy.limits.rootVolumeGiB, out);
  if (data.storage.dataGiB !== void 0) between(request, "/storage/dataGiB", "The data disk", data.storage.dataGiB, policy.limits.dataVolumeGiB, out);
  const names = data.software.map((item) => (typeof item === "string" ? item : item.name).toLowerCase());
  for (const [i, first] of repeats(names)) {
    out.push(findingAt(request, `/software/${i}`, "duplicate-software", `\`${names[i]}\` is listed twice (items ${first + 1} and ${i + 1}): remove one.`));
  }
  for (let i = 0; i < data.inbound.length; i++) {
    const rule = data.inbound[i];
    if (!parseCidr(rule.from)) out.push(findingAt(request, `/inbound/${i}/from`, "cidr", `\`${rule.from}\` is not a valid address range: write it like \`10.0.0.0/8\` (or \`0.0.0.0/0\` for the whole internet).`));
    if (rule.toPort !== void 0 && rule.toPort < rule.port) out.push(findingAt(request, `/inbound/${i}/toPort`, "port-range", `\`toPort\` (${rule.toPort}) is below \`port\` (${rule.port}): a range runs from port up to toPort.`));
  }
  supportOptOut(policy, request, data.dimeAnalyticsAccess, out);
}
function bucketRules(policy, request, data, out) {
  const problems = bucketNameProblems(data.bucket);
  if (problems.length > 0) {
    out.push(findingAt(request, "/bucket", "bucket-name", `Bucket name \`${data.bucket}\` ${problems.join("; ")}.`));
  } else {
    const prefix = `${policy.organisation.toLowerCase()}-`;
    if (!data.bucket.startsWith(prefix)) {
      out.push(findingAt(request, "/bucket", "bucket-name-collision", `Bucket names are shared by every AWS customer in the world; \`${data.bucket}\` may already be taken. Start it with \`${prefix}\` and the team code.`, "warning"));
    }
  }
  if (data.expectedSizeGB > policy.limits.bucketSizeGB.max) out.push(findingAt(request, "/expectedSizeGB", "bucket-size", `${data.expectedSizeGB} GB is more than the policy allows for one bucket (${policy.limits.bucketSizeGB.max} GB): split the data or talk to the support team.`));
  const prefixes = (data.lifecycle ?? []).map((rule) => rule.prefix);
  for (const [i, first] of repeats(prefixes)) {
    out.push(findingAt(request, `/lifecycle/${i}/prefix`, "duplicate-lifecycle", `Two lifecycle rules have the prefix \`${prefixes[i]}\` (rules ${first + 1} and ${i + 1}): keep one.`));
  }
  supportOptOut(policy, request, data.dimeAnalyticsAccess, out);
}
function groupRules(policy, request, data, out) {
  if (data.name !== request.id) out.push(findingAt(request, "/name", "group-file-name", `The group's name \`${data.name}\` must match its file name \`${request.id}\`: rename the file or the group.`));
  if (!matches(policy.patterns.securityGroup, data.name)) out.push(findingAt(request, "/name", "group-name", `\`${data.name}\` does not follow the directory's naming pattern \`${policy.patterns.securityGroup}\`.`));
  const supportRole = policy.supportGroup.ownerRole;
  const supportOwners = data.owners.filter((o) => o.role === supportRole);
  const teamOwners = data.owners.filter((o) => o.role !== supportRole);
  if (supportOwners.length !== 1) {
    const pointer = supportOwners.length > 1 ? `/owners/${data.owners.indexOf(supportOwners[1])}/role` : "/owners";
    out.push(findingAt(request, pointer, "group-owners", `A group has exactly one owner with \`role: ${supportRole}\` (from ${policy.reviewers.support.name}); this one has ${supportOwners.length}.`, "error", supportOwners.length > 1 ? "value" : "key"));
  }
  if (teamOwners.length < 1) out.push(findingAt(request, "/owners", "group-owners", "A group needs at least one owner from the team itself: add one with `displayed: true`.", "error", "key"));
  const displayed = data.owners.map((o, i) => [o, i]).filter(([o]) => o.displayed);
  for (const [owner, i] of displayed) {
    if (owner.role === supportRole) out.push(findingAt(request, `/owners/${i}/displayed`, "group-displayed-owner", `The displayed owner must be a team owner, not the ${policy.reviewers.support.name} owner.`));
  }
  if (displayed.length > 1) out.push(findingAt(request, `/owners/${displayed[1][1]}/displayed`, "group-displayed-owner", "Only one owner can be displayed: remove `displayed: true` from all but one."));
  if (displayed.length === 0 && teamOwners.length > 0) {
    out.push(findingAt(request, "/owners", "group-displayed-owner", `The directory shows one team owner as the group's contact: add \`displayed: true\` to one of the team owners (for example ${teamOwners[0].name}).`, "error", "key"));
  }
  const cAccount = (pointer, value2) => {
    if (!matches(policy.patterns.cAccount, value2)) out.push(findingAt(request, pointer, "c-account", `\`${value2}\` is not a cloud account: write \`c\` followed by the person's UPI digits (pattern \`${policy.patterns.cAccount}\`).`));
  };
  data.owners.forEach((o, i) => cAccount(`/owners/${i}/cAccount`, o.cAccount));
  data.members.forEach((m, i) => cAccount(`/members/${i}`, m));
  const accounts = data.owners.map((o) => o.cAccount);
  for (const [i] of repeats(accounts)) {
    out.push(findingAt(request, `/owners/${i}/cAccount`, "duplicate-owner", `\`${accounts[i]}\` is listed as an owner twice: remove one.`));
  }
  for (const field of ["code", "tag"]) {
    const values = data.chargeCodes.map((c2) => c2[field]);
    for (const [i, first] of repeats(values)) {
      out.push(findingAt(request, `/chargeCodes/${i}/${field}`, "duplicate-charge-code", `${field === "code" ? "Charge code" : "Charge-code tag"} \`${values[i]}\` appears twice (items ${first + 1} and ${i + 1}): each must be unique.`));
    }
  }
}
function requestRules(policy, request, data = request.data) {
  if (!request.valid) return [];
  const findings = [];
  if (!matches(policy.patterns.requestId, request.id)) {
    findings.push({ path: request.path, line: 1, column: 1, rule: "request-id", message: `The file name \`${request.id}\` is not a valid request id (pattern \`${policy.patterns.requestId}\`): rename the file using letters, digits and hyphens.`, severity: "error" });
  }
  switch (data.kind) {
    case "project":
      projectRules(policy, request, data, findings);
      break;
    case "ec2-instance":
      instanceRules(policy, request, data, findings);
      break;
    case "s3-bucket":
      bucketRules(policy, request, data, findings);
      break;
    case "security-group":
      groupRules(policy, request, data, findings);
      break;
  }
  return findings;
}

// src/rules/schema-findings.ts
var MAX_SCHEMA_FINDINGS = 50;
function fieldPath(pointer) {
  if (pointer === "") return "the file";
  const tokens = pointer.slice(1).split("/").map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = tokens.findLastIndex((token) => /^\d+$/.test(token));
  if (last === -1) return `\`${tokens.join(".")}\``;
  const item = `item ${Number(tokens[last]) + 1} of ${fieldPath(pointerOf(tokens.slice(0, last)))}`;
  return last === tokens.length - 1 ? item : `\`${tokens.slice(last + 1).join(".")}\` in ${item}`;
}
function pointerOf(tokens) {
  return tokens.reduce((pointer, token) => pointerChild(pointer, token), "");
}
function capitalized(text4) {
  return text4.charAt(0).toUpperCase() + text4.slice(1);
}
function valueAt(root, pointer) {
  let node2 = root;
  for (const raw of pointer.split("/").slice(1)) {
    if (node2 === null || typeof node2 !== "object") return void 0;
    node2 = node2[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node2;
}
function jsonType(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "array";
  if (typeof value2 === "number") return Number.isInteger(value2) ? "integer" : "number";
  return typeof value2;
}
var TYPE_WORDS = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
  null: "empty"
};
function describeType(type2) {
  const types2 = Array.isArray(type2) ? type2 : [type2];
  return types2.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(" or ");
}
function hint(schema2) {
  const description = schema2?.description;
  return typeof description === "string" ? ` (${description.split(/(?<=\.)\s(?=[A-Z])/)[0].replace(/\.$/, "")})` : "";
}
function splitOffValue(document3, locations, parent, extra) {
  const object = valueAt(document3, parent);
  if (object === null || typeof object !== "object" || Array.isArray(object)) return void 0;
  const record2 = object;
  const keys = Object.keys(record2);
  const previous3 = keys[keys.indexOf(extra) - 1];
  if (record2[extra] !== null || previous3 === void 0 || typeof record2[previous3] !== "string") return void 0;
  const line = (key) => locate(locations, pointerChild(parent, key), "key").line;
  return line(previous3) === line(extra) ? { key: previous3, value: record2[previous3] } : void 0;
}
function actualWords(expected, actual) {
  if (expected === "integer" && typeof actual === "number" && !Number.isInteger(actual)) return `a fraction (${actual})`;
  return TYPE_WORDS[jsonType(actual)] ?? "this";
}
var NUMBER_WITH_UNIT = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z%]+)\s*$/;
function passesAsText(text4, schema2) {
  if (!schema2) return true;
  if (schema2.enum && !schema2.enum.includes(text4)) return false;
  if (schema2.const !== void 0 && schema2.const !== text4) return false;
  if (schema2.minLength !== void 0 && text4.length < schema2.minLength) return false;
  if (schema2.maxLength !== void 0 && text4.length > schema2.maxLength) return false;
  return schema2.pattern === void 0 || new RegExp(schema2.pattern, "u").test(text4);
}
function typeAdvice(expected, actual, schema2, field) {
  if (expected === "string" && (typeof actual === "number" || typeof actual === "boolean")) {
    return passesAsText(String(actual), schema2) ? " Quote this value so YAML keeps it as text." : "";
  }
  const unit = (expected === "number" || expected === "integer") && typeof actual === "string" ? NUMBER_WITH_UNIT.exec(actual) : null;
  if (!unit) return "";
  const fieldUnit = /GiB$/.test(field) ? "GiB" : /GB$/.test(field) ? "GB" : void 0;
  if (fieldUnit === void 0 || /^(g|gb|gib)$/i.test(unit[2])) return ` Write the number alone, without its unit: \`${unit[1]}\`.`;
  return ` Write the number alone, in ${fieldUnit}: this field is counted in ${fieldUnit}.`;
}
function schemaType(schema2) {
  return schema2?.type;
}
function pruneAnyOf(errors, document3) {
  const dropped = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword !== "anyOf" || !Array.isArray(error.schema)) continue;
    const actual = jsonType(valueAt(document3, error.instancePath));
    const branch = error.schema.findIndex((s) => {
      const t = schemaType(s);
      return t === actual || t === "number" && actual === "integer";
    });
    const prefix = `${error.schemaPath}/`;
    for (const other of errors) {
      const sameItem = other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`);
      if (!sameItem || !other.schemaPath.startsWith(prefix)) continue;
      const index2 = Number(other.schemaPath.slice(prefix.length).split("/")[0]);
      if (branch === -1 || index2 !== branch) dropped.add(other);
    }
    if (branch !== -1) dropped.add(error);
  }
  return errors.filter((e) => !dropped.has(e));
}
function messageFor(error, document3, locations) {
  const where = fieldPath(error.instancePath);
  const subject = capitalized(where);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const properties = error.parentSchema?.properties;
      const inside = error.instancePath === "" ? "" : ` in ${where}`;
      return {
        pointer: error.instancePath,
        prefer: "key",
        message: `Missing field \`${missing}\`${inside}: add \`${missing}:\`${hint(properties?.[missing])}.`
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const guess = closestMatch(extra, allowed);
      const inside = error.instancePath === "" ? "" : ` in ${where}`;
      const split = splitOffValue(document3, locations, error.instancePath, extra);
      const advice = split ? `it is probably the end of \`${split.key}\`'s value: in \`{...}\` a comma ends a value, so put that whole value in quotes, \`${split.key}: "${split.value}, ${extra}"\`.` : guess ? `did you mean \`${guess}\`?` : `remove it; the fields allowed here are ${allowed.map((a) => `\`${a}\``).join(", ")}.`;
      return {
        pointer: pointerChild(error.instancePath, extra),
        prefer: "key",
        message: `Unknown field \`${extra}\`${inside}: ${advice}`
      };
    }
    case "type": {
      const actual = valueAt(document3, error.instancePath);
      return {
        pointer: error.instancePath,
        prefer: "value",
        message: `${subject} must be ${describeType(params.type)}, not ${actualWords(params.type, actual)}${hint(error.parentSchema)}.${typeAdvice(params.type, actual, error.parentSchema, error.instancePath.slice(error.instancePath.lastIndexOf("/") + 1))}`
      };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const value2 = valueAt(document3, error.instancePath);
      const guess = typeof value2 === "string" ? closestMatch(value2, allowed) : void 0;
      const lookAlikes = typeof value2 === "string" ? describeLookAlikes(value2) : "";
      return {
        pointer: error.instancePath,
        prefer: "value",
        message: `${subject} must be one of ${allowed.map((a) => `\`${a}\``).join(", ")}${guess ? `; did you mean \`${guess}\`?` : "."}${lookAlikes ? ` ${lookAlikes}` : ""}`
      };
    }
    case "const":
      return { pointer: error.instancePath, prefer: "value", message: `${subject} must be \`${String(params.allowedValue)}\`.` };
    case "pattern": {
      const value2 = valueAt(document3, error.instancePath);
      const lookAlikes = typeof value2 === "string" ? describeLookAlikes(value2) : "";
      const folded = lookAlikes ? foldLookAlikes(value2) : "";
      const guess = folded && new RegExp(String(params.pattern), "u").test(folded) ? ` Did you mean \`${folded}\`?` : "";
      return {
        pointer: error.instancePath,
        prefer: "value",
        message: `${subject} is not in the expected form${hint(error.parentSchema)}.${lookAlikes ? ` ${lookAlikes}` : ""}${guess}`
      };
    }
    case "format":
      return { pointer: error.instancePath, prefer: "value", message: `${subject} must be a valid ${String(params.format).replace("email", "e-mail address")}.` };
    case "minLength":
      return params.limit === 1 ? { pointer: error.instancePath, prefer: "value", message: `${subject} is empty: write a value${hint(error.parentSchema)}.` } : { pointer: error.instancePath, prefer: "value", message: `${subject} is too short: write at least ${String(params.limit)} characters${hint(error.parentSchema)}.` };
    case "maxLength":
      return { pointer: error.instancePath, prefer: "value", message: `${subject} is too long: at most ${String(params.limit)} characters.` };
    case "minItems":
      return { pointer: error.instancePath, prefer: "value", message: `${subject} needs at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}${hint(error.parentSchema)}.` };
    case "maxItems":
      return { pointer: error.instancePath, prefer: "value", message: `${subject} has too many items: at most ${String(params.limit)}.` };
    case "uniqueItems":
      return {
        pointer: `${error.instancePath}/${String(params.i)}`,
        prefer: "value",
        message: `${subject} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}): remove one.`
      };
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words = {
        minimum: "at least",
        exclusiveMinimum: "more than",
        maximum: "at most",
        exclusiveMaximum: "less than"
      };
      return { pointer: error.instancePath, prefer: "value", message: `${subject} must be ${words[error.keyword]} ${String(params.limit)}.` };
    }
    case "anyOf": {
      const forms = Array.isArray(error.schema) ? error.schema.map((branch) => hint(branch).slice(2, -1)).filter(Boolean).map((form) => form[0].toLowerCase() + form.slice(1)) : [];
      const which = hint(error.parentSchema) || (forms.length > 0 ? `: ${forms.join("; or ")}` : "");
      return { pointer: error.instancePath, prefer: "value", message: `${subject} is neither of the accepted forms${which}.` };
    }
    default:
      return { pointer: error.instancePath, prefer: "value", message: `${subject} ${error.message ?? "is not valid"}.` };
  }
}
function schemaFindings(path2, schema2, document3, locations) {
  const errors = pruneAnyOf(validateAgainstSchema(schema2, document3), document3);
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const error of errors) {
    const { pointer, prefer, message } = messageFor(error, document3, locations);
    const position2 = locate(locations, pointer, prefer);
    const key = `${position2.line}:${position2.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ path: path2, ...position2, rule: `schema-${error.keyword}`, message, severity: "error" });
  }
  findings.sort((a, b2) => a.line - b2.line || a.column - b2.column);
  if (findings.length > MAX_SCHEMA_FINDINGS) {
    const shown = findings.slice(0, MAX_SCHEMA_FINDINGS);
    const last = shown[shown.length - 1];
    shown.push({ ...last, rule: "schema-truncated", message: `${findings.length - MAX_SCHEMA_FINDINGS} more problems not shown: fix the ones above first.` });
    return shown;
  }
  return findings;
}

// src/rules/parse-request.ts
var PLACEHOLDER = "TODO";
var TYPE_WORDS2 = {
  symlink: "a symbolic link",
  submodule: "a submodule",
  binary: "a binary file, not UTF-8 text",
  other: "not a regular file"
};
function parseRequestFile(policy, file, options = {}) {
  if (isFolderKeeper(file.path)) return { findings: [] };
  if (!isRequestFilePath(file.path) && (file.type === "file" || file.type === "binary" || file.type === "truncated")) {
    return refused(file, "request-path", "Only `.yml` or `.yaml` files under `requests/` can hold requests: rename this file or move it out of `requests/`.");
  }
  if (file.type === "truncated") {
    return refused(file, "yaml-too-large", "This file is too large for GitHub's API to send whole, so it cannot be judged: make it smaller or split it.");
  }
  if (file.type !== "file") {
    return refused(file, "request-file-type", `This path is ${TYPE_WORDS2[file.type]}; a request must be a regular YAML file committed to the repository.`);
  }
  if (isLfsPointer(file.bytes)) {
    return refused(file, "request-file-type", "This file is stored in Git LFS, so only a pointer is in the repository; commit the request as a plain YAML file.");
  }
  const limits = loadLimits(policy);
  if (options.trusted) {
    const quick = quickRequest(policy, file, limits, options.keepDocument ?? false);
    if (quick) return quick;
  }
  const loaded = loadYaml(file.path, file.bytes, limits);
  if (!loaded.ok) return { findings: loaded.findings };
  const { value: value2, locations, text: text4 } = loaded;
  const kind = value2.kind;
  const enabled = policy.kinds;
  if (typeof kind !== "string" || !enabled.includes(kind)) {
    const miscased = kind === void 0 ? Object.keys(value2).find((key) => key.toLowerCase() === "kind") : void 0;
    if (miscased !== void 0) {
      const message2 = `Field names are written in lower case: write \`kind:\`, not \`${miscased}:\`.`;
      return { findings: [{ path: file.path, ...locate(locations, pointerChild("", miscased), "key"), rule: "kind", message: message2, severity: "error" }] };
    }
    const position2 = locate(locations, "/kind", kind === void 0 ? "key" : "value");
    const known = REQUEST_KINDS.includes(String(kind));
    const guess = typeof kind === "string" && !known ? closestMatch(kind, enabled) : void 0;
    const message = kind === void 0 ? `Missing \`kind\`: start the file with \`kind:\` and one of ${enabled.map((k2) => `\`${k2}\``).join(", ")}.` : typeof kind !== "string" ? `\`kind\` must be one word, one of ${enabled.map((k2) => `\`${k2}\``).join(", ")}.` : known ? `Requests of kind \`${String(kind)}\` are not accepted in this repository (policy.yml \`kinds\`).` : `Unknown kind \`${String(kind)}\`${guess ? `: did you mean \`${guess}\`?` : `: use one of ${enabled.map((k2) => `\`${k2}\``).join(", ")}.`}`;
    return { findings: [{ path: file.path, ...position2, rule: "kind", message, severity: "error" }] };
  }
  const escapes = text4.includes("\\");
  const unsafe = escapes || SUSPECT_TEXT.test(text4) ? unsafeTextFindings(file.path, value2, locations) : [];
  if (unsafe.length > 0) return { findings: unsafe };
  const placeholders = escapes || text4.includes(PLACEHOLDER) ? placeholderFindings(file.path, value2, locations) : [];
  const schema2 = placeholders.length > 0 ? placeholders : schemaFindings(file.path, kind, value2, locations);
  const data = value2;
  const fields = { id: requestIdOf(file.path), path: file.path, kind, data, locations };
  const request = schema2.length === 0 ? { ...fields, valid: true, summary: summarize(data) } : { ...fields, valid: false };
  return { request, findings: [...schema2, ...requestRules(policy, request)] };
}
function forgetLocations(policy, request, file) {
  if (request instanceof QuickRequest) return;
  request.locations = deferredLocations(file.path, file.bytes, loadLimits(policy));
}
function refused(file, rule, message) {
  return { findings: [{ path: file.path, line: 1, column: 1, severity: "error", rule, message }] };
}
var limitsByPolicy = /* @__PURE__ */ new WeakMap();
function loadLimits(policy) {
  let limits = limitsByPolicy.get(policy);
  if (!limits) {
    limits = { maxBytes: policy.limits.maxFileBytes, maxDepth: policy.limits.maxDepth, maxNodes: policy.limits.maxNodes };
    limitsByPolicy.set(policy, limits);
  }
  return limits;
}
var LFS_POINTER = new TextEncoder().encode("version https://git-lfs.github.com/spec/");
function isLfsPointer(bytes) {
  if (bytes.length < LFS_POINTER.length) return false;
  for (let i = 0; i < LFS_POINTER.length; i += 1) if (bytes[i] !== LFS_POINTER[i]) return false;
  return true;
}
var NO_FINDINGS = Object.freeze([]);
var QuickRequest = class {
  constructor(id, file, limits, document3) {
    this.id = id;
    this.file = file;
    this.limits = limits;
    this.#document = document3;
  }
  id;
  file;
  limits;
  #document;
  get summary() {
    return this;
  }
  get valid() {
    return true;
  }
  get path() {
    return this.file.path;
  }
  /** As an outcome: a file without findings (one with findings is wrapped in an outcome of its own). */
  get request() {
    return this;
  }
  get findings() {
    return NO_FINDINGS;
  }
  get data() {
    if (!this.#document) {
      const value2 = loadYamlQuick(this.file.bytes, this.limits)?.value;
      if (!value2) throw new Error(`${this.file.path} could not be read again`);
      this.#document = value2;
    }
    return this.#document;
  }
  get locations() {
    let locations = QUICK_LOCATIONS.get(this);
    if (!locations) {
      locations = deferredLocations(this.file.path, this.file.bytes, this.limits);
      QUICK_LOCATIONS.set(this, locations);
    }
    return locations;
  }
};
var QUICK_LOCATIONS = /* @__PURE__ */ new WeakMap();
var QuickProject = class extends QuickRequest {
  tag;
  securityGroup;
  chargeCode;
  constructor(id, file, limits, document3, data) {
    super(id, file, limits, document3);
    this.tag = detach(data.tag);
    this.securityGroup = detach(data.securityGroup);
    this.chargeCode = data.chargeCode === void 0 ? void 0 : detach(data.chargeCode);
  }
  get kind() {
    return "project";
  }
};
var QuickInstance = class extends QuickRequest {
  project;
  constructor(id, file, limits, document3, data) {
    super(id, file, limits, document3);
    this.project = detach(data.project);
  }
  get kind() {
    return "ec2-instance";
  }
};
var QuickBucket = class extends QuickRequest {
  project;
  bucket;
  constructor(id, file, limits, document3, data) {
    super(id, file, limits, document3);
    this.project = detach(data.project);
    this.bucket = detach(data.bucket);
  }
  get kind() {
    return "s3-bucket";
  }
};
var QuickGroup = class extends QuickRequest {
  name;
  chargeCodes;
  constructor(id, file, limits, document3, data) {
    super(id, file, limits, document3);
    this.name = detach(data.name);
    this.chargeCodes = data.chargeCodes.map((c2) => ({ code: detach(c2.code), tag: detach(c2.tag) }));
  }
  get kind() {
    return "security-group";
  }
};
function quickRequestOf(id, file, limits, data, document3) {
  switch (data.kind) {
    case "project":
      return new QuickProject(id, file, limits, document3, data);
    case "ec2-instance":
      return new QuickInstance(id, file, limits, document3, data);
    case "s3-bucket":
      return new QuickBucket(id, file, limits, document3, data);
    case "security-group":
      return new QuickGroup(id, file, limits, document3, data);
  }
}
function quickRequest(policy, file, limits, keepDocument) {
  const loaded = loadYamlQuick(file.bytes, limits);
  const value2 = loaded?.value;
  const kind = value2?.kind;
  if (!loaded || !value2 || typeof kind !== "string" || !policy.kinds.includes(kind)) return void 0;
  if (loaded.text.includes(PLACEHOLDER) && hasPlaceholder(value2) || validateAgainstSchema(kind, value2).length > 0) return void 0;
  const data = value2;
  const request = quickRequestOf(requestIdOf(file.path), file, limits, data, keepDocument ? data : void 0);
  const findings = requestRules(policy, request, data);
  return findings.length > 0 ? { request, findings } : request;
}
var PLACEHOLDER_WORD = new RegExp(`\\b${PLACEHOLDER}\\b`);
function hasPlaceholder(node2) {
  let found = false;
  walkStrings(node2, "", (text4) => {
    found ||= PLACEHOLDER_WORD.test(text4);
  });
  return found;
}
var UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;
var UNSAFE_KEY_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;
var SUSPECT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;
function walkStrings(node2, pointer, each) {
  if (typeof node2 === "string") each(node2, pointer);
  else if (Array.isArray(node2)) node2.forEach((child, i) => walkStrings(child, `${pointer}/${i}`, each));
  else if (node2 !== null && typeof node2 === "object") {
    for (const [key, child] of Object.entries(node2)) walkStrings(child, pointerChild(pointer, key), each);
  }
}
function someString(node2, test) {
  if (typeof node2 === "string") return test(node2);
  if (Array.isArray(node2)) return node2.some((child) => someString(child, test));
  if (node2 !== null && typeof node2 === "object") {
    for (const key in node2) if (someString(node2[key], test)) return true;
  }
  return false;
}
function unsafeKeyFindings(path2, node2, pointer, locations, out) {
  if (node2 === null || typeof node2 !== "object") return;
  if (Array.isArray(node2)) {
    node2.forEach((child, i) => unsafeKeyFindings(path2, child, pointerChild(pointer, i), locations, out));
    return;
  }
  for (const [key, child] of Object.entries(node2)) {
    const childPointer = pointerChild(pointer, key);
    const match = UNSAFE_KEY_CHARACTER.exec(key);
    if (!match) {
      unsafeKeyFindings(path2, child, childPointer, locations, out);
      continue;
    }
    const code2 = codePoint(match[0]);
    out.push({ path: path2, ...locate(locations, childPointer, "key"), rule: "unsafe-character", severity: "error", message: `This field name contains an invisible or control character (${code2}): field names are plain words such as \`purpose\`, so retype it.` });
  }
}
function unsafeTextFindings(path2, document3, locations) {
  const findings = [];
  unsafeKeyFindings(path2, document3, "", locations, findings);
  if (findings.length > 0) return findings;
  if (!someString(document3, (text4) => UNSAFE_CHARACTER.test(text4))) return findings;
  walkStrings(document3, "", (text4, pointer) => {
    const match = UNSAFE_CHARACTER.exec(text4);
    if (!match) return;
    const code2 = codePoint(match[0]);
    findings.push({ path: path2, ...locate(locations, pointer, "value"), rule: "unsafe-character", severity: "error", message: `${capitalized(fieldPath(pointer))} contains an invisible control character (${code2}) that would change how the text reads in comments and tickets: remove it.` });
  });
  return findings;
}
function placeholderFindings(path2, document3, locations) {
  const findings = [];
  if (!someString(document3, (text4) => PLACEHOLDER_WORD.test(text4))) return findings;
  walkStrings(document3, "", (text4, pointer) => {
    if (PLACEHOLDER_WORD.test(text4)) {
      findings.push({ path: path2, ...locate(locations, pointer, "value"), rule: "placeholder", severity: "error", message: `Replace the placeholder in ${fieldPath(pointer)} with the real value.` });
    }
  });
  return findings;
}

// src/rules/diff.ts
var isMapping = (value2) => value2 !== null && typeof value2 === "object" && !Array.isArray(value2);
function compact(value2) {
  if (Array.isArray(value2)) return `[${value2.map(compact).join(", ")}]`;
  if (isMapping(value2)) return `{${Object.entries(value2).map(([k2, v2]) => `${k2}: ${compact(v2)}`).join(", ")}}`;
  return String(value2);
}
var fieldOf = (prefix, key) => prefix ? `${prefix}.${key}` : key;
function allFields(value2, field, side, out) {
  if (!isMapping(value2)) {
    out.push({ field, [side]: compact(value2) });
    return;
  }
  for (const key of Object.keys(value2)) allFields(value2[key], fieldOf(field, key), side, out);
}
function changedFields(before, after, prefix, out) {
  for (const key of Object.keys(after)) {
    const field = fieldOf(prefix, key);
    const next = after[key];
    const had = Object.hasOwn(before, key);
    const previous3 = had ? before[key] : void 0;
    if (isMapping(next)) {
      if (had && isMapping(previous3)) changedFields(previous3, next, field, out);
      else allFields(next, field, "after", out);
    } else if (!had || isMapping(previous3)) {
      out.push({ field, after: compact(next) });
    } else if (!sameData(previous3, next)) {
      const [was, is2] = [compact(previous3), compact(next)];
      if (was !== is2) out.push({ field, before: was, after: is2 });
    }
  }
}
function removedFields(before, after, prefix, out) {
  for (const key of Object.keys(before)) {
    const field = fieldOf(prefix, key);
    const previous3 = before[key];
    const next = Object.hasOwn(after, key) ? after[key] : void 0;
    if (isMapping(previous3)) {
      if (isMapping(next)) removedFields(previous3, next, field, out);
      else allFields(previous3, field, "before", out);
    } else if (!Object.hasOwn(after, key) || isMapping(next)) {
      out.push({ field, before: compact(previous3) });
    }
  }
}
function diffRequests(before, after) {
  const changes = [];
  if (!isMapping(before) || !isMapping(after)) {
    if (!sameData(before, after)) changes.push({ field: "", before: compact(before), after: compact(after) });
    return changes;
  }
  changedFields(before, after, "", changes);
  removedFields(before, after, "", changes);
  return changes;
}
function sameData(a, b2) {
  if (a === b2) return true;
  if (typeof a !== "object" || typeof b2 !== "object" || a === null || b2 === null || Array.isArray(a) !== Array.isArray(b2)) return false;
  if (Array.isArray(a)) return a.length === b2.length && a.every((item, i) => sameData(item, b2[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b2).length) return false;
  return keys.every((key) => Object.hasOwn(b2, key) && sameData(a[key], b2[key]));
}

// src/rules/load-policy.ts
function loadPolicy(path2, bytes) {
  const loaded = loadYaml(path2, bytes, { maxBytes: 1024 * 1024, maxDepth: 16, maxNodes: 2e5 });
  if (!loaded.ok) return loaded;
  const { value: value2, locations } = loaded;
  const findings = schemaFindings(path2, "policy", value2, locations);
  if (findings.length > 0) return { ok: false, findings };
  const policy = value2;
  const at = (pointer, rule, message) => ({ path: path2, ...locate(locations, pointer, "value"), rule, message, severity: "error" });
  for (const [name, pattern] of Object.entries(policy.patterns)) {
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      findings.push(at(`/patterns/${name}`, "policy-pattern", `\`patterns.${name}\` is not a valid regular expression: ${error.message}.`));
    }
  }
  for (const name of ["markdown", "text", "checklist"]) {
    const problem = templateProblem(policy.tickets[name]);
    if (problem) findings.push(at(`/tickets/${name}`, "policy-template", `The ticket template \`tickets.${name}\` is broken: ${problem}`));
  }
  const keys = policy.tags.map((t) => t.key);
  keys.forEach((key, i) => {
    const first = keys.indexOf(key);
    if (first < i) findings.push(at(`/tags/${i}/key`, "policy-tag", `Tag \`${key}\` is listed twice (tags ${first + 1} and ${i + 1}): AWS refuses a resource with the same tag key twice, so keep one.`));
  });
  policy.networks.internal.forEach((cidr, i) => {
    if (!parseCidr(cidr)) findings.push(at(`/networks/internal/${i}`, "policy-network", `\`${cidr}\` is not a valid address range: write it like \`10.0.0.0/8\`.`));
  });
  return findings.length > 0 ? { ok: false, findings } : { ok: true, policy };
}
function securityPolicyChanges(base, proposed) {
  const added = (before, after) => {
    const known = new Set(before.map((s) => s.toLowerCase()));
    return after.some((s) => !known.has(s.toLowerCase()));
  };
  const sameSet = (a, b2) => !added(a, b2) && !added(b2, a);
  const [was, is2] = [base.reviewers.security, proposed.reviewers.security];
  const reasons = [
    added(base.software.standard, proposed.software.standard) || added(base.software.preApproved.map((p) => p.name), proposed.software.preApproved.map((p) => p.name)) ? "more standard or pre-approved software" : "",
    added(base.software.languageSources, proposed.software.languageSources) ? "more language package sources" : "",
    added(base.networks.internal, proposed.networks.internal) ? "more internal networks" : "",
    // Reordering the patterns changes none of them.
    !sameData(base.patterns, proposed.patterns) ? "changed name patterns" : "",
    !sameSet(was.users, is2.users) || !sameSet(was.teams, is2.teams) ? `other ${was.name} reviewers` : "",
    proposed.promotion.minimumDays < base.promotion.minimumDays ? `a shorter testing period before a promotion (${proposed.promotion.minimumDays} days instead of ${base.promotion.minimumDays})` : ""
  ];
  return reasons.filter(Boolean);
}

// node_modules/github-slugger/regex.js
var regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;

// node_modules/github-slugger/index.js
var own = Object.hasOwnProperty;
var BananaSlug = class {
  /**
   * Create a new slug class.
   */
  constructor() {
    this.occurrences;
    this.reset();
  }
  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug(value2, maintainCase) {
    const self = this;
    let result = slug(value2, maintainCase === true);
    const originalSlug = result;
    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++;
      result = originalSlug + "-" + self.occurrences[originalSlug];
    }
    self.occurrences[result] = 0;
    return result;
  }
  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset() {
    this.occurrences = /* @__PURE__ */ Object.create(null);
  }
};
function slug(value2, maintainCase) {
  if (typeof value2 !== "string") return "";
  if (!maintainCase) value2 = value2.toLowerCase();
  return value2.replace(regex, "").replace(/ /g, "-");
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own2.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  const end = list2.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list2.splice(...parameters);
  } else {
    if (remove) list2.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list2.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list2, items) {
  if (list2.length > 0) {
    splice(list2, list2.length, 0, items);
    return list2;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code2;
    if (right) {
      for (code2 in right) {
        if (!hasOwnProperty.call(left, code2)) left[code2] = [];
        const value2 = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list2) {
  let index2 = -1;
  const before = [];
  while (++index2 < list2.length) {
    ;
    (list2[index2].add === "after" ? existing : before).push(list2[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code2 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code2);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex2) {
  return check;
  function check(code2) {
    return code2 !== null && code2 > -1 && regex2.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type2, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code2) {
    if (markdownSpace(code2)) {
      effects.enter(type2);
      return prefix(code2);
    }
    return ok3(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size++ < limit) {
      effects.consume(code2);
      return prefix;
    }
    effects.exit(type2);
    return ok3(code2);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type2, min, max) {
  let size = 0;
  return start;
  function start(code2) {
    if (max > 0 && markdownSpace(code2)) {
      effects.enter(type2);
      return prefix(code2);
    }
    return after(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size < max) {
      effects.consume(code2);
      size++;
      return prefix;
    }
    effects.exit(type2);
    return after(code2);
  }
  function after(code2) {
    return size >= min ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    effects.enter("paragraph");
    return lineStart(code2);
  }
  function lineStart(code2) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b2) {
      return a[0] - b2[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code2) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code2);
    }
    return start(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code2);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code2);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code2);
  }
  function documentContinued(code2) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code2);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending\u2026
          childFlow.events[index2][1].start.offset < lineStartOffset && // \u2026and either is not ended yet\u2026
          (!childFlow.events[index2][1].end || // \u2026or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
    return 1;
  }
  if (unicodePunctuation(code2)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text4 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code2) {
    marker = code2;
    effects.enter("attentionSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code2);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code2) && code2 !== 42 && code2 !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok3(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code2);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return schemeOrEmailAtext;
    }
    if (code2 === 64) {
      return nok(code2);
    }
    return emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    if (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) {
      size = 1;
      return schemeInsideOrEmailAtext(code2);
    }
    return emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      size = 0;
      return urlInside;
    }
    if ((code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32) {
      effects.consume(code2);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code2);
  }
  function urlInside(code2) {
    if (code2 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return urlInside;
  }
  function emailAtext(code2) {
    if (code2 === 64) {
      effects.consume(code2);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code2)) {
      effects.consume(code2);
      return emailAtext;
    }
    return nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    if (code2 === 46) {
      effects.consume(code2);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code2 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      const next = code2 === 45 ? emailValue : emailLabel;
      effects.consume(code2);
      return next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code2);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownSpace(code2)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code2);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code2);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok3, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code2);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code2) {
    if (asciiPunctuation(code2)) {
      effects.enter("characterEscapeValue");
      effects.consume(code2);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code2) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code2);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code2);
  }
  function numeric(code2) {
    if (code2 === 88 || code2 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code2);
  }
  function value2(code2) {
    if (code2 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code2);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code2);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code2) && size++ < max) {
      effects.consume(code2);
      return value2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return after;
  }
  function after(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code2;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === marker) {
      sizeOpen++;
      effects.consume(code2);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2);
  }
  function infoBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code2);
  }
  function info(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return info;
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return infoBefore(code2);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("codeFenced");
    return ok3(code2);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      effects2.enter("lineEnding");
      effects2.consume(code2);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code2) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      if (code2 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code2);
      }
      return nok2(code2);
    }
    function sequenceClose(code2) {
      if (code2 === marker) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2);
      }
      return nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("codeFencedFence");
        return ok4(code2);
      }
      return nok2(code2);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code2);
  }
  function atBreak(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(furtherStart, atBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return atBreak(code2);
    }
    effects.consume(code2);
    return inside;
  }
  function after(code2) {
    effects.exit("codeIndented");
    return ok3(code2);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code2) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code2);
  }
  function onNotEnoughPrefix(code2) {
    return markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code2) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between2(code2);
  }
  function between2(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 32) {
      effects.enter("space");
      effects.consume(code2);
      effects.exit("space");
      return between2;
    }
    if (code2 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return between2;
    }
    effects.enter("codeTextData");
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2)) {
      effects.exit("codeTextData");
      return between2(code2);
    }
    effects.consume(code2);
    return data;
  }
  function sequenceClose(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code2);
    }
    token.type = "codeTextData";
    return data(code2);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list2, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list2.push(...right);
  } else {
    while (chunkStart < right.length) {
      list2.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code2) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code2);
  }
  function chunkInside(code2) {
    if (code2 === null) {
      return contentEnd(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code2);
    }
    effects.consume(code2);
    return chunkInside;
  }
  function contentEnd(code2) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code2);
  }
  function contentContinue(code2) {
    effects.consume(code2);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code2) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code2);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type2, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code2) {
    if (code2 === 60) {
      effects.enter(type2);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.enter(type2);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code2);
  }
  function enclosedBefore(code2) {
    if (code2 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type2);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code2);
  }
  function enclosed(code2) {
    if (code2 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code2);
    }
    if (code2 === null || code2 === 60 || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code2) {
    if (code2 === 60 || code2 === 62 || code2 === 92) {
      effects.consume(code2);
      return enclosed;
    }
    return enclosed(code2);
  }
  function raw(code2) {
    if (!balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type2);
      return ok3(code2);
    }
    if (balance < limit && code2 === 40) {
      effects.consume(code2);
      balance++;
      return raw;
    }
    if (code2 === 41) {
      effects.consume(code2);
      balance--;
      return raw;
    }
    if (code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? rawEscape : raw;
  }
  function rawEscape(code2) {
    if (code2 === 40 || code2 === 41 || code2 === 92) {
      effects.consume(code2);
      return raw;
    }
    return raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type2, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code2) {
    effects.enter(type2);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code2) {
    if (size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we\u2019ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn\u2019t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type2);
      return ok3;
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code2);
  }
  function labelInside(code2) {
    if (code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    if (!seen) seen = !markdownSpace(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type2, markerType, stringType) {
  let marker;
  return start;
  function start(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      effects.enter(type2);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      marker = code2 === 40 ? 41 : code2;
      return begin;
    }
    return nok(code2);
  }
  function begin(code2) {
    if (code2 === marker) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type2);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? escape : inside;
  }
  function escape(code2) {
    if (code2 === marker || code2 === 92) {
      effects.consume(code2);
      return inside;
    }
    return inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code2);
    }
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code2) {
    effects.enter("definition");
    return before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don\u2019t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don\u2019t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("hardBreakEscape");
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      effects.exit("hardBreakEscape");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("atxHeading");
    return before(code2);
  }
  function before(code2) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 35 && size++ < 6) {
      effects.consume(code2);
      return sequenceOpen;
    }
    if (code2 === null || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code2);
    }
    return nok(code2);
  }
  function atBreak(code2) {
    if (code2 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("atxHeading");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, atBreak, "whitespace")(code2);
    }
    effects.enter("atxHeadingText");
    return data(code2);
  }
  function sequenceFurther(code2) {
    if (code2 === 35) {
      effects.consume(code2);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingText");
      return atBreak(code2);
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code2) {
    return before(code2);
  }
  function before(code2) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      closingTag = true;
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      marker = 2;
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      if (index2 === value2.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      const slash = code2 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code2);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2);
    }
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function basicSelfClosing(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code2);
  }
  function completeClosingTagAfter(code2) {
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeClosingTagAfter;
    }
    return completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return completeEnd;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameBefore;
    }
    return completeEnd(code2);
  }
  function completeAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      markerB = code2;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    if (code2 === markerB) {
      effects.consume(code2);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2)) {
      return completeAttributeNameAfter(code2);
    }
    effects.consume(code2);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownSpace(code2)) {
      return completeAttributeNameBefore(code2);
    }
    return nok(code2);
  }
  function completeEnd(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function completeAfter(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuation(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function continuation(code2) {
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationCommentInside;
    }
    if (code2 === 60 && marker === 1) {
      effects.consume(code2);
      return continuationRawTagOpen;
    }
    if (code2 === 62 && marker === 4) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 63 && marker === 3) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    if (code2 === 93 && marker === 5) {
      effects.consume(code2);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code2) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationStart(code2);
    }
    effects.consume(code2);
    return continuation;
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuationStart(code2);
    }
    effects.enter("htmlFlowData");
    return continuation(code2);
  }
  function continuationCommentInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code2);
        return continuationClose;
      }
      return continuation(code2);
    }
    if (asciiAlpha(code2) && buffer.length < 8) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationCdataInside(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationClose(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code2);
    }
    effects.consume(code2);
    return continuationClose;
  }
  function continuationAfter(code2) {
    effects.exit("htmlFlow");
    return ok3(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code2) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instruction;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return declaration;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return nok(code2);
  }
  function comment(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 45) {
      effects.consume(code2);
      return commentClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = comment;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return comment;
  }
  function commentClose(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code2);
  }
  function cdata(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = cdata;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return cdata;
  }
  function cdataClose(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function cdataEnd(code2) {
    if (code2 === 62) {
      return end(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function declaration(code2) {
    if (code2 === null || code2 === 62) {
      return end(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = declaration;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return declaration;
  }
  function instruction(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instructionClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = instruction;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return instruction;
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return nok(code2);
  }
  function tagClose(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    if (markdownLineEnding(code2)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagCloseBetween;
    }
    return end(code2);
  }
  function tagOpen(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function tagOpenBetween(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return end;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenBetween;
    }
    return end(code2);
  }
  function tagOpenAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      marker = code2;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function end(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code2);
  }
  function lineEndingBefore(code2) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    effects.enter("htmlTextData");
    return returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text4, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text4, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code2) {
    if (!labelStart) {
      return nok(code2);
    }
    if (labelStart._inactive) {
      return labelEndNok(code2);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code2) {
    if (code2 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2);
    }
    if (code2 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2);
    }
    return defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    labelStarts.pop();
    return ok3(code2);
  }
  function labelEndNok(code2) {
    labelStart._balanced = true;
    return nok(code2);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code2) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code2);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    if (code2 === 41) {
      return resourceEnd(code2);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2);
    }
    return resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    if (code2 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code2);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code2);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    if (code2 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code2);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code2) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code2);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 91) {
      effects.enter("labelMarker");
      effects.consume(code2);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code2) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code2) {
    effects.enter("thematicBreak");
    return before(code2);
  }
  function before(code2) {
    marker = code2;
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code2);
    }
    if (size >= 3 && (code2 === null || markdownLineEnding(code2))) {
      effects.exit("thematicBreak");
      return ok3(code2);
    }
    return nok(code2);
  }
  function sequence(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code2) {
    const kind = self.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code2 === self.containerState.marker : asciiDigit(code2)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      }
      if (!self.interrupt || code2 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code2);
      }
    }
    return nok(code2);
  }
  function inside(code2) {
    if (asciiDigit(code2) && ++size < 10) {
      effects.consume(code2);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code2 === self.containerState.marker : code2 === 41 || code2 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code2);
    }
    return nok(code2);
  }
  function atMarker(code2) {
    effects.enter("listItemMarker");
    effects.consume(code2);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code2;
    return effects.check(
      blankLine,
      // Can\u2019t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    if (markdownSpace(code2)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code2);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code2);
  }
  function endOfPrefix(code2) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code2);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code2)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code2);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code2);
  }
  function notInCurrentItem(code2) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text4;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text4 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text4][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text4, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code2) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code2;
      return before(code2);
    }
    return nok(code2);
  }
  function before(code2) {
    effects.enter("setextHeadingLineSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2);
  }
  function after(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("setextHeadingLine");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code2);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text4 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      effects.enter("data");
      effects.consume(code2);
      return data;
    }
    function data(code2) {
      if (atBreak(code2)) {
        effects.exit("data");
        return text4(code2);
      }
      effects.consume(code2);
      return data;
    }
    function atBreak(code2) {
      if (code2 === null) {
        return true;
      }
      const list2 = constructs2[code2];
      let index2 = -1;
      if (list2) {
        while (++index2 < list2.length) {
          const item = list2[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code2) {
    consumed = void 0;
    expectedCode = code2;
    state = state(code2);
  }
  function consume(code2) {
    if (markdownLineEnding(code2)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code2 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code2 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code2;
    consumed = true;
  }
  function enter(type2, fields) {
    const token = fields || {};
    token.type = type2;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type2) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_2, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map2) {
        return start;
        function start(code2) {
          const left = code2 !== null && map2[code2];
          const all2 = code2 !== null && map2.null;
          const list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list2)(code2);
        }
      }
      function handleListOfConstructs(list2) {
        listOfConstructs = list2;
        constructIndex = 0;
        if (list2.length === 0) {
          return bogusState;
        }
        return handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code2) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code2);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a \u201clive binding\u201d, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code2);
        }
      }
      function ok3(code2) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code2) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse3(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code2 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code2) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode2);
}
function decode2($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex2 = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex2 ? 2 : 1), hex2 ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own3 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse3(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list2, onenterlistordered),
      listUnordered: opener2(list2),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own3.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we\u2019ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text4();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we\u2019ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type2 = this.data.characterReferenceType;
    let value2;
    if (type2) {
      value2 = decodeNumericCharacterReference(data2, type2 === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list2(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d2) {
  return {
    line: d2.line,
    column: d2.column,
    offset: d2.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own4 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own4.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own4.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own4.call(result, "fence") && !own4.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code2 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code2];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code2] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code2) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code2 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code2);
        }
      }
      return nok(code2);
    }
    function openSequence(code2) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code2);
        }
        return openAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code2);
        return openSequence;
      }
      return nok(code2);
    }
    function openSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code2);
    }
    function openAfter(code2) {
      if (markdownLineEnding(code2)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code2);
    }
    function contentStart(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        return contentEnd(code2);
      }
      effects.enter(valueType);
      return contentInside(code2);
    }
    function contentInside(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(valueType);
        return contentEnd(code2);
      }
      effects.consume(code2);
      return contentInside;
    }
    function contentEnd(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code2) {
      effects.exit(frontmatterType);
      return ok3(code2);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code2) {
      if (code2 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code2);
      }
      return nok(code2);
    }
    function closeSequence(code2) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code2);
        }
        return closeAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code2);
        return closeSequence;
      }
      return nok(code2);
    }
    function closeSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code2);
    }
    function closeAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(fenceType);
        return ok3(code2);
      }
      return nok(code2);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They\u2019re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema2, prop) {
  return typeof schema2 === "string" ? schema2 : schema2[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can\u2019t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type2);
  function type2(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d2) {
  return "\x1B[33m" + d2 + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches2 = !check || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches2) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches2) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list2, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs2 = toPairs(list2);
  let pairIndex = -1;
  while (++pairIndex < pairs2.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs2[pairIndex][0];
    const replace2 = pairs2[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add(child);
        } else if (value2) {
          add(value2);
        }
        start = position2 + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list2 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list2.length) {
    const tuple = list2[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_2, protocol, domain2, path2, match) {
  if (!previous2(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_2, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_2, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code2 = url.charCodeAt(index2 - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous2(match) {
  const code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _2, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit3();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _2, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d2) {
        return d2 === "none" ? null : d2;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
while (code < 123) {
  text3[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok3(code2);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok3(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok3(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok3(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text4 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text4, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text4, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code2) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous3);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b2) {
      return a[0] - b2[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type: type2
      } = self.events[index2][1];
      if (type2 === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type2 === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map2 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map2.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map2.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map2, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map2, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
  }
  map2.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map2, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map2.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map2.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map2.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b2 = range[3] - range[2] - 1;
        map2.add(a, b2, []);
      }
    }
    map2.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map2.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map2, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map2.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code2) {
    if (
      // Exit if there\u2019s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code2);
  }
  function close2(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// src/rules/markdown-checks.ts
function parse4(text4) {
  return fromMarkdown(text4, { extensions: [gfm(), frontmatter(["yaml"])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])] });
}
function visit(node2, each) {
  each(node2);
  if ("children" in node2) for (const child of node2.children) visit(child, each);
}
function plainText(node2) {
  if ("value" in node2 && typeof node2.value === "string") return node2.value;
  return "children" in node2 ? node2.children.map((c2) => plainText(c2)).join("") : "";
}
function headingAnchors(text4) {
  const slugger = new BananaSlug();
  const anchors = /* @__PURE__ */ new Set();
  visit(parse4(text4), (node2) => {
    if (node2.type === "heading") anchors.add(slugger.slug(plainText(node2)));
    if (node2.type === "html") for (const m of node2.value.matchAll(/\b(?:id|name)=["']([^"']+)["']/g)) anchors.add(m[1]);
  });
  return anchors;
}
function resolveRelative(from, target) {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}
function isFolder(tree, path2) {
  const prefix = `${path2}/`;
  for (const p of tree.paths) if (p.startsWith(prefix)) return true;
  return false;
}
function checkMarkdown(path2, text4, tree) {
  const findings = [];
  const at = (node2, rule, message) => {
    findings.push({ path: path2, line: node2.position?.start.line ?? 1, column: node2.position?.start.column ?? 1, rule, message, severity: "error" });
  };
  const root = parse4(text4);
  const own5 = headingAnchors(text4);
  const repoPrefix = `${tree.serverUrl.replace(/\/$/, "")}/${tree.repository}/`.toLowerCase();
  const anchorsCache = /* @__PURE__ */ new Map();
  const anchorsOf = (target) => {
    const page = tree.markdown.get(target);
    if (page === void 0) return void 0;
    if (!anchorsCache.has(target)) anchorsCache.set(target, headingAnchors(page));
    return anchorsCache.get(target);
  };
  visit(root, (node2) => {
    if (node2.type === "yaml") {
      try {
        yaml.load(node2.value, { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        at(node2, "markdown-front-matter", `The front matter is not valid YAML: ${error.reason ?? error.message}.`);
      }
      return;
    }
    if (node2.type !== "link" && node2.type !== "image" && node2.type !== "definition") return;
    const url = node2.url.trim();
    const what = node2.type === "image" ? "image" : "link";
    if (url === "" || /^(mailto|tel|data):/i.test(url)) return;
    const decoded = (part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        at(node2, "markdown-link", `This ${what}'s address has a \`%\` that starts no escape (\`${url}\`): write a percent sign as \`%25\`.`);
        return void 0;
      }
    };
    if (url.startsWith("#")) {
      const anchor = decoded(url.slice(1));
      if (anchor && !own5.has(anchor)) at(node2, "markdown-anchor", `No heading on this page has the anchor \`#${anchor}\`: check the heading's wording (anchors are its words in lower case, joined by hyphens).`);
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
      if (!url.toLowerCase().startsWith(repoPrefix)) return;
      const rest = url.slice(repoPrefix.length);
      const pinned = /^(?:blob|tree|raw)\/([^/]+)\/(.*)$/.exec(rest);
      if (pinned && pinned[1] !== tree.defaultBranch && !/^[0-9a-f]{40}$/.test(pinned[1])) {
        at(node2, "markdown-link-branch", `This ${what} points at the branch \`${pinned[1]}\`, which may change or disappear: link to \`${tree.defaultBranch}\` with a relative link instead.`);
      } else if (pinned && pinned[1] === tree.defaultBranch) {
        at(node2, "markdown-absolute-link", `Link to files of this repository with a relative ${what} (\`${pinned[2]}\` from the top, written relative to this page), so it works in forks and branches.`);
      }
      return;
    }
    const [target = "", fragment] = url.split("#", 2);
    const clean = decoded(target.split("?")[0]);
    if (clean === void 0) return;
    const resolved = clean === "" ? path2 : resolveRelative(path2, clean);
    if (resolved === void 0) {
      at(node2, "markdown-link", `This ${what} leads out of the repository (\`${url}\`).`);
      return;
    }
    if (!tree.paths.has(resolved) && !isFolder(tree, resolved)) {
      at(node2, "markdown-link", `This ${what} points at \`${resolved}\`, which does not exist in this pull request's version of the repository: fix the path or add the file.`);
      return;
    }
    if (fragment && isMarkdownPath(resolved)) {
      const anchors = anchorsOf(resolved);
      const anchor = decoded(fragment);
      if (anchor !== void 0 && anchors && !anchors.has(anchor)) at(node2, "markdown-anchor", `\`${resolved}\` has no heading with the anchor \`#${anchor}\`.`);
    }
  });
  return findings.sort((a, b2) => a.line - b2.line || a.column - b2.column);
}
function headDocumentTree(basePaths, baseMarkdown, changes, meta) {
  const paths = new Set(basePaths);
  const markdown = new Map(baseMarkdown);
  const decoder = new TextDecoder();
  for (const change of changes) {
    if (change.previousPath) {
      paths.delete(change.previousPath);
      markdown.delete(change.previousPath);
    }
    if (change.status === "removed") {
      paths.delete(change.path);
      markdown.delete(change.path);
      continue;
    }
    paths.add(change.path);
    if (change.file?.type === "file" && isMarkdownPath(change.path)) markdown.set(change.path, decoder.decode(change.file.bytes));
  }
  return { paths, markdown, ...meta };
}

// src/rules/approvals.ts
var ApprovalSet = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  #byGroup = /* @__PURE__ */ new Map();
  #reasons = /* @__PURE__ */ new Map();
  /** Require the support or security reviewer group from policy. */
  requireRole(role, reason) {
    this.require(role, this.policy.reviewers[role], reason);
  }
  /** Require one of a security group's current owners. */
  requireOwners(groupName, logins, reason) {
    this.require(`owners:${groupName}`, { name: `Owners of ${groupName}`, users: logins, teams: [] }, reason);
  }
  require(group, reviewers, reason) {
    const existing = this.#byGroup.get(group);
    const seen = this.#reasons.get(group) ?? /* @__PURE__ */ new Set();
    if (seen.has(reason)) return;
    seen.add(reason);
    this.#reasons.set(group, seen);
    if (existing) existing.reasons.push(reason);
    else this.#byGroup.set(group, { group, name: reviewers.name, users: [...reviewers.users], teams: [...reviewers.teams], reasons: [reason], satisfied: false, approvedBy: [] });
  }
  /** Support first, then security, then owners by name: a stable order for comments and snapshots. */
  list() {
    const rank = (g2) => g2 === "support" ? 0 : g2 === "security" ? 1 : 2;
    return [...this.#byGroup.values()].sort((a, b2) => rank(a.group) - rank(b2.group) || comparePaths(a.group, b2.group));
  }
};
function latestReviews(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...reviews].sort((a, b2) => a.id - b2.id)) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.user.toLowerCase(), review);
  }
  return latest;
}
function judgeApprovals(required, reviews, context) {
  const latest = latestReviews(reviews);
  const author = context.author.toLowerCase();
  return required.map((group) => {
    const approvedBy = [];
    const notes = [];
    const listed = new Set(group.users.map((u2) => u2.toLowerCase()));
    for (const [login, review] of latest) {
      if (review.state !== "APPROVED") continue;
      const teams = group.teams.map((team) => context.teams.get(team));
      const member = listed.has(login) || teams.some((members) => members instanceof Set && members.has(login));
      if (!member) {
        if (teams.includes("unreadable")) notes.push(`${review.user}'s approval is not counted: their membership of ${group.teams.join(", ")} cannot be confirmed (the token cannot read the team, as GITHUB_TOKEN cannot; use a GitHub App token, or list reviewers under users in policy.yml).`);
        continue;
      }
      if (login === author) {
        notes.push(`${review.user} opened the pull request, so their own approval does not count.`);
        continue;
      }
      if (review.commitId !== context.headSha) {
        notes.push(`${review.user} approved an earlier commit (${review.commitId.slice(0, 7)}); the latest changes need a new approval.`);
        continue;
      }
      approvedBy.push(review.user);
    }
    return { ...group, satisfied: approvedBy.length > 0, approvedBy, notes };
  });
}

// src/rules/policy-impact.ts
function verdicts(evaluation, paths) {
  const errors = /* @__PURE__ */ new Map();
  for (const file of evaluation.files) errors.set(file.path, file.findings.filter((f) => f.severity === "error").map((f) => `line ${f.line}: ${f.message}`));
  const requests = new Map(evaluation.requests.map((r) => [r.path, r]));
  return new Map(
    paths.map((path2) => {
      const problems = errors.get(path2) ?? [];
      const reasons = problems.length > 0 ? problems.slice(0, 3) : requests.get(path2)?.reasons.map((x2) => x2.message) ?? [];
      return [path2, { useCase: requests.get(path2)?.useCase ?? null, valid: problems.length === 0, reasons }];
    })
  );
}
function policyImpact(current, proposed, inventory) {
  const paths = inventory.map((file) => file.path);
  const judge = (policy) => verdicts(evaluate({ policy, base: [], changes: inventory.map((file) => ({ path: file.path, status: "added", file })), mode: "inventory" }), paths);
  const before = judge(current);
  const after = judge(proposed);
  const impact = [];
  for (const [path2, now] of after) {
    const was = before.get(path2);
    if (!was || was.useCase === now.useCase && was.valid === now.valid) continue;
    impact.push({ id: requestIdOf(path2), path: path2, before: { useCase: was.useCase, valid: was.valid }, after: { useCase: now.useCase, valid: now.valid }, reasons: now.reasons });
  }
  return impact.sort((a, b2) => comparePaths(a.path, b2.path));
}

// src/rules/retags.ts
function contextOf(inventory, projectId) {
  const project = inventory.lookup(projectId, "project");
  if (!project?.valid) return void 0;
  const group = inventory.lookup(project.data.securityGroup, "security-group");
  return group?.valid ? { project: project.data, group: group.data } : void 0;
}
function standingTags(policy, source, resource, useCase) {
  const data = resource.data;
  if (data.kind !== "ec2-instance" && data.kind !== "s3-bucket") return void 0;
  return resourceTags(policy, { ...source, useCase, environment: data.environment, account: policy.accounts[data.environment], requestFile: resource.path });
}
function environmentOf(request) {
  const data = request.data;
  return data.kind === "ec2-instance" || data.kind === "s3-bucket" ? data.environment : void 0;
}
function tagsMoved(policy, index2, base, before, after, source, useCase) {
  const summary = before.summary;
  const was = summary?.kind === "ec2-instance" || summary?.kind === "s3-bucket" ? contextOf(base, summary.project) : void 0;
  const wasUseCase = useCaseOf(index2, before);
  if (was && was.project === source.project && was.group === source.group && wasUseCase === useCase && before.path === after.path && environmentOf(before) === environmentOf(after)) return [];
  const [old, now] = [was && wasUseCase ? standingTags(policy, was, before, wasUseCase) : void 0, standingTags(policy, source, after, useCase)];
  return old && now && old.problems.length + now.problems.length === 0 ? tagChanges(old.tags, now.tags) : [];
}
function retagsOf(policy, index2, base, head, changedIds, ownVerdict) {
  if (changedIds.size === 0) return [];
  const retags = [];
  const cause = (projectId) => {
    const project = head.lookup(projectId, "project");
    if (changedIds.has(projectId.toLowerCase())) return `its project ${project?.id ?? projectId} changes`;
    const summary = project?.summary;
    if (summary?.kind === "project" && changedIds.has(summary.securityGroup.toLowerCase())) return `its project's security group ${summary.securityGroup} changes`;
    return void 0;
  };
  for (const resource of head.requests) {
    const summary = resource.summary;
    if (!summary || summary.kind !== "ec2-instance" && summary.kind !== "s3-bucket" || ownVerdict(resource.path)) continue;
    const because = cause(summary.project);
    const after = because ? contextOf(head, summary.project) : void 0;
    if (!because || !after) continue;
    const useCase = useCaseOf(index2, resource);
    const data = resource.data;
    const is2 = useCase ? standingTags(policy, after, resource, useCase) : void 0;
    if (!useCase || !is2 || is2.problems.length > 0 || data.kind !== "ec2-instance" && data.kind !== "s3-bucket") continue;
    const before = contextOf(base, summary.project);
    const was = before ? standingTags(policy, before, resource, useCase) : void 0;
    const known = was !== void 0 && was.problems.length === 0;
    const changes = tagChanges(known ? was.tags : [], is2.tags);
    if (changes.length === 0) continue;
    retags.push({
      id: resource.id,
      kind: data.kind,
      path: resource.path,
      useCase,
      environment: data.environment,
      account: policy.accounts[data.environment],
      because: known ? because : `${because}, and it was not valid before, so the resource's present tags are not known: every tag is listed`,
      changes
    });
  }
  return retags;
}

// src/rules/evaluate.ts
function parseBase(policy, files, touched) {
  const read = { paths: [], outcomes: [], touched: /* @__PURE__ */ new Map() };
  for (const file of files) {
    if (pathRole(file.path) !== "request") continue;
    const keep = touched.has(file.path);
    const outcome = parseRequestFile(policy, file, { trusted: true, keepDocument: keep });
    read.paths.push(file.path);
    read.outcomes.push(outcome);
    if (keep) read.touched.set(file.path, outcome);
  }
  return read;
}
var CLASH_RULES = /* @__PURE__ */ new Set(["duplicate-id", "duplicate-bucket-name", "duplicate-project-tag"]);
var findingKey = (f) => CLASH_RULES.has(f.rule) ? `${f.path}\0${f.rule}` : `${f.path}\0${f.rule}\0${f.message}`;
function groupMembershipChanged(before, after) {
  const owners = (g2) => JSON.stringify([...g2.owners].map((o) => [o.cAccount, o.role ?? "team", o.github ?? "", o.displayed === true]).sort());
  const members = (g2) => JSON.stringify([...g2.members].sort());
  return owners(before) !== owners(after) || members(before) !== members(after);
}
var STRICTNESS = { computation: 0, application: 1 };
function stricter(a, b2) {
  if (a === null) return b2;
  if (b2 === null) return a;
  return STRICTNESS[b2] > STRICTNESS[a] ? b2 : a;
}
function evaluate(input) {
  const { policy } = input;
  const mode = input.mode ?? "change";
  const index2 = indexPolicy(policy);
  const base = parseBase(policy, input.base, new Set(input.changes.flatMap((c2) => c2.previousPath ? [c2.path, c2.previousPath] : [c2.path])));
  const changed = /* @__PURE__ */ new Map();
  const baseOutcomes = base.touched;
  const headOutcome = (path2) => changed.has(path2) ? changed.get(path2) : baseOutcomes.get(path2);
  const touchedPaths = /* @__PURE__ */ new Set();
  const removedPaths = /* @__PURE__ */ new Set();
  const tracks = { requests: false, documentation: false, policy: false };
  const pages = [];
  const changeFindings = [];
  const touchesAll = mode !== "change";
  const classified = /* @__PURE__ */ new Map();
  const verdicts2 = [];
  const ownFindings = [];
  const judgedIds = /* @__PURE__ */ new Set();
  const resourceUseCases = /* @__PURE__ */ new Map();
  const judgeOnItsOwn = (outcome) => {
    ownFindings.push(...outcome.findings);
    const request = outcome.request;
    if (!request) return;
    const classification = classifyRequest(index2, request);
    const data = request.data;
    const resource = request.valid && (data.kind === "ec2-instance" || data.kind === "s3-bucket") ? data : void 0;
    if (resource && classification) {
      const key = resource.project.toLowerCase();
      resourceUseCases.set(key, stricter(resourceUseCases.get(key) ?? null, classification.useCase));
    }
    const id = request.id.toLowerCase();
    if (judgedIds.has(id)) return;
    judgedIds.add(id);
    const useCase2 = classification?.useCase ?? null;
    const environment = resource ? resource.environment : null;
    if (useCase2 === "computation" && environment !== "production") ownFindings.push(computationOutsideProduction(policy, request));
    const account = resource ? policy.accounts[resource.environment] : null;
    verdicts2.push({ id: request.id, kind: request.kind, path: request.path, change: "created", useCase: useCase2, environment, account, reasons: classification?.reasons ?? [], diff: [], tags: [], tagChanges: [], request: null, previous: null, project: null, group: null });
  };
  for (const change of input.changes) {
    const paths = change.status === "renamed" && change.previousPath ? [change.previousPath, change.path] : [change.path];
    for (const path2 of paths) tracks[`${pathRole(path2) === "request" ? "requests" : pathRole(path2)}`] = true;
    if (change.status === "renamed" && change.previousPath && pathRole(change.previousPath) === "request") {
      changed.set(change.previousPath, void 0);
      removedPaths.add(change.previousPath);
    }
    if (pathRole(change.path) !== "request") {
      if (input.documents && change.file && change.status !== "removed" && isMarkdownPath(change.path)) pages.push(change.file);
      const misplaced = change.status !== "removed" && change.file ? misplacedRequestFinding(policy, change.path, change.file) : void 0;
      if (misplaced) changeFindings.push(misplaced);
      continue;
    }
    touchedPaths.add(change.path);
    const renamedFrom = change.status === "renamed" && change.previousPath && pathRole(change.previousPath) === "request" ? change.previousPath : void 0;
    if (renamedFrom && requestIdOf(renamedFrom).toLowerCase() !== requestIdOf(change.path).toLowerCase() && baseOutcomes.get(renamedFrom)?.request) {
      changeFindings.push({
        path: change.path,
        line: 1,
        column: 1,
        rule: "request-renamed",
        severity: "warning",
        message: `This file was \`${renamedFrom}\`: a file's name is its request's id, so renaming it decommissions \`${requestIdOf(renamedFrom)}\` and creates \`${requestIdOf(change.path)}\` anew. To keep the resource, keep the file's name (moving it to another folder is fine).`
      });
    }
    if (change.status === "removed") {
      changed.set(change.path, void 0);
      removedPaths.add(change.path);
    } else if (change.file) {
      const outcome = parseRequestFile(policy, change.file);
      if (mode === "files") {
        judgeOnItsOwn(outcome);
        continue;
      }
      if (mode === "inventory" && outcome.request?.valid) {
        classified.set(outcome.request, classifyRequest(index2, outcome.request));
        forgetLocations(policy, outcome.request, change.file);
      }
      changed.set(change.path, outcome);
      removedPaths.delete(change.path);
    }
  }
  const isTouched = (path2) => touchesAll || touchedPaths.has(path2);
  const findings = [...changeFindings, ...ownFindings];
  const preExisting = (f) => ({ ...f, severity: "warning", message: `Already on the base branch: ${f.message}` });
  const baseInventory = new Inventory();
  const headInventory = new Inventory();
  const headPaths = [];
  const addHead = (path2, outcome) => {
    headInventory.add(path2, outcome.request);
    if (touchesAll) headPaths.push(path2);
    if (outcome.findings.length === 0) return;
    for (const f of outcome.findings) {
      if (isTouched(path2)) findings.push(f);
      else if (f.severity === "error") findings.push(preExisting(f));
    }
  };
  for (let i = 0; i < base.paths.length; i++) {
    const path2 = base.paths[i];
    const outcome = base.outcomes[i];
    baseInventory.add(path2, outcome.request);
    const head = changed.has(path2) ? changed.get(path2) : outcome;
    if (head) addHead(path2, head);
  }
  for (const [path2, outcome] of changed) if (outcome && !baseOutcomes.has(path2)) addHead(path2, outcome);
  if (mode !== "files") {
    const headCross = crossFileFindings(headInventory);
    const baseCross = headCross.some((f) => !isTouched(f.path)) ? new Set(crossFileFindings(baseInventory).map(findingKey)) : /* @__PURE__ */ new Set();
    for (const f of headCross) {
      if (isTouched(f.path)) findings.push(f);
      else if (baseCross.has(findingKey(f))) {
        if (f.severity === "error") findings.push(preExisting(f));
      } else if (!CLASH_RULES.has(f.rule)) findings.push(f);
    }
  }
  for (const path2 of removedPaths) {
    const before = baseOutcomes.get(path2)?.request;
    if (!before || before.kind !== "project" && before.kind !== "security-group") continue;
    if (headInventory.first(before.id)) continue;
    const referrers = referrersOf(headInventory, before.id, before.kind);
    if (referrers.length > 0) {
      findings.push({ path: path2, line: 1, column: 1, rule: "delete-referenced", severity: "error", message: `${before.id} is deleted but still referenced by ${referrers.map((r) => r.path).join(", ")}: remove or move those first, in this pull request.` });
    }
  }
  const approvals = new ApprovalSet(policy);
  const requireGroupOwners = (group, reason, path2, what) => {
    const logins = group.owners.map((o) => o.github).filter((g2) => Boolean(g2));
    approvals.requireOwners(group.name, logins, reason);
    if (logins.length === 0) {
      findings.push({ path: path2, line: 1, column: 1, rule: "group-owner-approval", severity: "warning", message: `None of ${group.name}'s current owners has a GitHub login, so none can approve ${what}: add their \`github:\` in a separate pull request first.` });
    }
  };
  for (const verdict of verdicts2) {
    if (verdict.kind === "project") verdict.useCase = resourceUseCases.get(verdict.id.toLowerCase()) ?? null;
    if (verdict.useCase === "application") approvals.requireRole("security", applicationReason(verdict.id));
  }
  const touchedIds = /* @__PURE__ */ new Map();
  for (const path2 of touchesAll ? headPaths : [...touchedPaths, ...removedPaths]) touchedIds.set(requestIdOf(path2).toLowerCase(), path2);
  const resourcesByProject = /* @__PURE__ */ new Map();
  const projectUseCase = (inventory, projectId) => {
    let byProject = resourcesByProject.get(inventory);
    if (!byProject) {
      byProject = /* @__PURE__ */ new Map();
      for (const r of inventory.requests) {
        const s = r.summary;
        if (!s || s.kind !== "ec2-instance" && s.kind !== "s3-bucket") continue;
        const key = s.project.toLowerCase();
        const list2 = byProject.get(key);
        if (list2) list2.push(r);
        else byProject.set(key, [r]);
      }
      resourcesByProject.set(inventory, byProject);
    }
    return (byProject.get(projectId.toLowerCase()) ?? []).reduce((acc, r) => stricter(acc, useCaseOf(index2, r) ?? null), null);
  };
  for (const [id, path2] of touchedIds) {
    const before = touchesAll ? void 0 : baseInventory.first(id);
    const after = headInventory.first(id);
    const subject = after ?? before;
    if (!subject) continue;
    if (!after && headOutcome(path2)) continue;
    if (before && after && !touchesAll && before.path === after.path && sameData(before.data, after.data)) continue;
    let change = !before ? "created" : !after ? "removed" : "changed";
    if (before && after && !touchesAll && before.kind !== after.kind) {
      findings.push(findingAt(after, "/kind", "kind-change", `This request was ${aKind(before.kind)} and is now ${aKind(after.kind)}: a request's kind cannot change. Keep this file as the ${before.kind} (or delete it, which decommissions it) and add the ${after.kind} as a new file with its own name.`));
    }
    const classification = classified.has(subject) ? classified.get(subject) : classifyRequest(index2, subject);
    let useCase2 = classification?.useCase ?? null;
    const reasons = classification?.reasons ?? [];
    let environment = null;
    const data = subject.data;
    if (subject.valid && (data.kind === "ec2-instance" || data.kind === "s3-bucket")) {
      environment = data.environment;
      if (after && change !== "removed" && useCase2) {
        const beforeData = before?.valid && before.kind === after.kind ? before.data : void 0;
        const beforeEnv = beforeData && (beforeData.kind === "ec2-instance" || beforeData.kind === "s3-bucket") ? beforeData.environment : void 0;
        const beforeUseCase = before ? useCaseOf(index2, before) ?? null : null;
        if (useCase2 === "computation" && environment !== "production") {
          findings.push(computationOutsideProduction(policy, after));
        } else if (mode === "change" && beforeEnv === "production" && environment === "development") {
          findings.push(findingAt(after, "/environment", "environment-move", `This resource is in production (${policy.accounts.production}); it cannot move back to development. Keep \`environment: production\`, and add a new request for a development resource if one is needed.`));
        } else if (mode === "change" && beforeEnv === "development" && environment === "production") {
          change = "promoted";
          approvals.requireRole("security", `${after.id} is promoted from development to production.`);
          if (!data.testedInDevelopment) {
            findings.push(findingAt(after, "/environment", "promotion-tested", "A promotion to production needs `testedInDevelopment:` saying how the resource was tested in the development account.", "error", "key"));
          }
          const problem = promotionAgeProblem(policy, input.developmentSince?.get(after.id), input.now);
          if (problem) findings.push(findingAt(after, "/environment", "promotion-too-early", problem.message, problem.severity));
          if (data.kind === "s3-bucket" && beforeData?.kind === "s3-bucket" && data.bucket === beforeData.bucket) {
            findings.push(findingAt(after, "/bucket", "promotion-bucket-name", `S3 bucket names are unique across all of AWS, and the development bucket \`${data.bucket}\` stays until a request removes it, so the production bucket needs another name: change \`bucket:\` (for example \`${data.bucket.slice(0, 58)}-prod\`).`));
          }
        } else if (useCase2 === "application" && environment === "production" && mode === "change" && !(beforeEnv === "production" && beforeUseCase === "application")) {
          const typos = data.kind === "ec2-instance" ? data.software.flatMap((item) => {
            const guess = catalogueSuggestion(index2, item);
            return guess ? [`\`${softwareName(item)}\` is meant to be \`${guess}\``] : [];
          }) : [];
          const typo = typos.length > 0 ? ` If ${typos.join(" and ")} (in the catalogue), correct the name instead.` : "";
          const advice = beforeEnv === "production" ? `This change makes a production resource an application (see its reasons). Applications are created first in development (${policy.accounts.development}) and tested there, and a production resource cannot move back: undo what makes it an application, or request the new setup as a new resource in a new file, in development, and promote it once tested.` : `${before ? "This change makes the resource an application. " : ""}Applications are created first in development (${policy.accounts.development}), tested there, then promoted: set \`environment: development\`.`;
          findings.push(findingAt(after, "/environment", "environment-application", `${advice}${typo}`));
        }
      }
    } else if (data.kind === "project") {
      useCase2 = projectUseCase(after ? headInventory : baseInventory, subject.id);
    }
    if (useCase2 === "application" && change !== "removed") approvals.requireRole("security", applicationReason(subject.id));
    if (data.kind === "project" && after?.valid && before?.valid && before.kind === "project" && !touchesAll) {
      const [from, to] = [before.data.securityGroup, data.securityGroup];
      const receiving = from.toLowerCase() === to.toLowerCase() ? void 0 : baseInventory.lookup(to, "security-group");
      if (receiving?.valid) {
        const group = receiving.data;
        requireGroupOwners(group, `${after.id} moves into ${group.name}: its members get access to the project's resources, and its charge code pays for them.`, after.path, `moving ${after.id} into it`);
      }
    }
    if (data.kind === "security-group" && before?.valid && !touchesAll) {
      const beforeGroup = before.data;
      if (!after || after.valid && groupMembershipChanged(beforeGroup, after.data)) {
        requireGroupOwners(beforeGroup, after ? `The owners or members of ${beforeGroup.name} change.` : `${beforeGroup.name} is deleted.`, before.path, "this change");
      }
    }
    const account = environment ? policy.accounts[environment] : null;
    let tags = [];
    let movedTags = [];
    let context = { project: null, group: null };
    if (mode !== "files" && subject.valid && (data.kind === "ec2-instance" || data.kind === "s3-bucket")) {
      const inventory = after ? headInventory : baseInventory;
      const projectRequest = inventory.lookup(data.project, "project");
      const project = projectRequest?.valid ? projectRequest.data : void 0;
      const groupRequest = project ? inventory.lookup(project.securityGroup, "security-group") : void 0;
      if (projectRequest && project && groupRequest?.valid) {
        const group = groupRequest.data;
        context = { project, group };
        if (after && useCase2 && environment && account) {
          const result = resourceTags(policy, {
            project,
            group,
            useCase: useCase2,
            environment,
            account,
            requestFile: after.path,
            // `#` is not allowed in AWS tag values; the pull request's path is.
            requestId: input.pullRequest ? `${input.pullRequest.repository}/pull/${input.pullRequest.number}` : void 0
          });
          tags = result.tags;
          if (change === "changed" && before?.valid && before.kind === after.kind) movedTags = tagsMoved(policy, index2, baseInventory, before, after, { project, group }, useCase2);
          for (const problem of result.problems) {
            const where = problem.from === "requestFile" ? "Rename the file or its folders so that its path holds only those characters" : problem.from.startsWith("chargeCode") ? `Fix the project's \`chargeCode\` in ${projectRequest.path} or the charge codes in ${groupRequest.path}` : ["project.tag", "securityGroup", "dataClassification"].includes(problem.from) ? `Fix the value in ${projectRequest.path}` : "Fix the tag in policy.yml";
            const message = `This resource's tags would be refused by AWS: ${problem.text}. ${where}.`;
            findings.push(problem.from === "requestFile" ? { path: after.path, line: 1, column: 1, rule: "tag", severity: "error", message } : findingAt(after, "/project", "tag", message));
          }
        }
      } else if (after && useCase2 && projectRequest) {
        const culprit = !project ? projectRequest.path : groupRequest?.path ?? projectRequest.path;
        if (!isTouched(culprit)) {
          const source = !project ? `its project's request, ${projectRequest.path}, is not valid` : groupRequest ? `its project's security group, ${groupRequest.path}, is not valid` : `its project's security group \`${project.securityGroup}\` has no request`;
          findings.push(findingAt(after, "/project", "tag", `This resource's tags (charge code, data classification, \u2026) cannot be filled: ${source}. Fix that first, in this pull request or before it.`));
        }
      }
    }
    if (mode !== "files" && subject.valid && data.kind === "project") {
      const groupRequest = (after ? headInventory : baseInventory).lookup(data.securityGroup, "security-group");
      if (groupRequest?.valid) context = { project: null, group: groupRequest.data };
    }
    verdicts2.push({
      id: subject.id,
      kind: subject.kind,
      path: after?.path ?? path2,
      change,
      useCase: useCase2,
      environment,
      account,
      reasons,
      diff: before && after && !touchesAll ? diffRequests(before.data, after.data) : [],
      tags,
      tagChanges: movedTags,
      request: subject.valid ? subject.data : null,
      previous: before?.valid && after ? before.data : null,
      ...context
    });
  }
  const changedOwners = new Set(verdicts2.filter((v2) => v2.change === "changed" && (v2.kind === "project" || v2.kind === "security-group")).map((v2) => v2.id.toLowerCase()));
  const judged = new Set(verdicts2.map((v2) => v2.path));
  const retags = mode === "change" ? retagsOf(policy, index2, baseInventory, headInventory, changedOwners, (path2) => judged.has(path2)) : [];
  if (tracks.requests || tracks.documentation || tracks.policy) {
    const why = [
      verdicts2.length > 0 || removedPaths.size > 0 ? "requests change" : tracks.requests ? "files under requests/ change, though no request does" : "",
      tracks.documentation ? "guidance documents change" : "",
      tracks.policy ? "policy, schemas or code change" : ""
    ].filter(Boolean);
    approvals.requireRole("support", `${policy.reviewers.support.name} reviews every change: ${why.join(", ")}.`);
  }
  for (const page of pages) findings.push(...markdownPageFindings(page, input.documents));
  const proposedPolicy = proposedPolicyReview(policy, input.changes, input.policyPath);
  findings.push(...proposedPolicy.findings);
  if (proposedPolicy.securityReason) approvals.requireRole("security", proposedPolicy.securityReason);
  const headFiles = () => {
    const files2 = new Map(input.base.map((f) => [f.path, f]));
    for (const change of input.changes) {
      if (change.previousPath) files2.delete(change.previousPath);
      if (change.status === "removed") files2.delete(change.path);
      else if (change.file && pathRole(change.path) === "request") files2.set(change.path, change.file);
    }
    return [...files2.values()].filter((f) => pathRole(f.path) === "request");
  };
  const impact = proposedPolicy.proposed && mode === "change" ? policyImpact(policy, proposedPolicy.proposed, headFiles()) : [];
  verdicts2.sort((a, b2) => comparePaths(a.path, b2.path));
  const files = groupFindings(findings);
  const ok3 = !findings.some((f) => f.severity === "error");
  const useCase = verdicts2.filter((v2) => v2.change !== "removed").reduce((acc, v2) => stricter(acc, v2.useCase), null);
  const roles = /* @__PURE__ */ new Set();
  if (useCase) roles.add(useCase);
  if (tracks.documentation && !tracks.requests && !tracks.policy) roles.add("documentation");
  if (tracks.policy) roles.add("policy");
  const approvalList = approvals.list();
  if (approvalList.some((a) => a.group === "security")) roles.add("securityApprovalRequired");
  if (!ok3) roles.add("invalid");
  const labelOrder = ["computation", "application", "documentation", "policy", "securityApprovalRequired", "invalid"];
  const labels = labelOrder.filter((r) => roles.has(r)).map((r) => policy.labels[r].name);
  return { ok: ok3, files, requests: verdicts2, labels, useCase, approvals: approvalList, tracks, pages: pages.length, impact, retags };
}
var applicationReason = (id) => `${id} is an application.`;
function computationOutsideProduction(policy, request) {
  return findingAt(request, "/environment", "environment-computation", `Computation resources are created only in production (${policy.accounts.production}): set \`environment: production\`.`);
}
var DAY_MS = 24 * 60 * 60 * 1e3;
function promotionAgeProblem(policy, since, now) {
  const minimumDays = policy.promotion.minimumDays;
  if (minimumDays <= 0) return void 0;
  if (!since || !now) {
    return {
      severity: "warning",
      message: `The policy asks for ${minimumDays} days in development before a promotion, and no development ticket filed by aws-requests was found to date it (the resource may be older than this repository's checks, or its ticket was filed by hand): ${policy.reviewers.security.name}, who approve every promotion, should confirm it was tested that long.`
    };
  }
  const days = Math.floor((Date.parse(now) - Date.parse(since)) / DAY_MS);
  return days >= minimumDays ? void 0 : { severity: "error", message: `The development request's ticket is ${days} days old; the policy asks for ${minimumDays} days of testing in development before a promotion.` };
}
function proposedPolicyReview(policy, changes, policyPath) {
  const isPolicy = (path2) => policyPath === void 0 ? isPolicyFile(path2) : path2 === policyPath;
  const change = changes.find((c2) => isPolicy(c2.path) || isPolicy(c2.previousPath));
  if (!change) return { findings: [] };
  if (change.status === "removed" || !change.file || !isPolicy(change.path)) {
    return { findings: [], securityReason: "policy.yml is removed, renamed or could not be read." };
  }
  const proposed = loadPolicy(change.path, change.file.bytes);
  if (!proposed.ok) return { findings: proposed.findings, securityReason: "The proposed policy.yml is not valid, so its effect cannot be judged." };
  const security = securityPolicyChanges(policy, proposed.policy);
  return security.length > 0 ? { findings: [], securityReason: `The proposed policy.yml changes security rules: ${security.join("; ")}.`, proposed: proposed.policy } : { findings: [], proposed: proposed.policy };
}
var NOT_REQUEST_FOLDERS = /* @__PURE__ */ new Set([".github", "test", "tests", "__tests__", "spec", "fixtures", "examples", "example", "docs", "src", "dist", "schemas", "scripts", "bin", "node_modules"]);
var REQUEST_KIND_LINE = /^kind:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/m;
function misplacedRequestFinding(policy, path2, file) {
  if (file.type !== "file" || !/\.ya?ml$/i.test(path2) || path2.split("/").slice(0, -1).some((folder) => NOT_REQUEST_FOLDERS.has(folder.toLowerCase()))) return void 0;
  const text4 = new TextDecoder().decode(file.bytes.subarray(0, 64 * 1024));
  const kind = REQUEST_KIND_LINE.exec(text4);
  if (!kind || !policy.kinds.includes(kind[1])) return void 0;
  const line = text4.slice(0, kind.index).split("\n").length;
  return {
    path: path2,
    line,
    column: 1,
    rule: "request-outside",
    // A warning: a repository may keep request-like YAML elsewhere on purpose (test fixtures, examples).
    severity: "warning",
    message: `This file is a request (\`kind: ${kind[1]}\`) but it is outside \`requests/\`, so it is not judged and no ticket would be filed for it: move it into your team's folder under \`requests/\`.`
  };
}
function markdownPageFindings(page, documents) {
  if (page.type !== "file") {
    const message = page.type === "binary" ? "This page is not a plain UTF-8 text file, so it cannot be checked or shown: save it as UTF-8 text." : page.type === "truncated" ? "This page is too large for GitHub's API to send whole, so it cannot be checked or shown: split it." : `This page is ${page.type === "symlink" ? "a symbolic link" : "not a regular file"}, so it cannot be checked or shown: commit the page itself at this path.`;
    return [{ path: page.path, line: 1, column: 1, rule: "markdown-file", severity: "error", message }];
  }
  let text4;
  try {
    text4 = new TextDecoder("utf-8", { fatal: true }).decode(page.bytes);
  } catch {
    return [{ path: page.path, line: 1, column: 1, rule: "markdown-file", severity: "error", message: "This page is not valid UTF-8: save it as UTF-8." }];
  }
  return checkMarkdown(page.path, text4, documents);
}
function groupFindings(findings) {
  const byPath = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const key = `${findingKey(f)}\0${f.line}:${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list2 = byPath.get(f.path);
    if (list2) list2.push(f);
    else byPath.set(f.path, [f]);
  }
  return [...byPath.entries()].sort(([a], [b2]) => comparePaths(a, b2)).map(([path2, list2]) => ({
    path: path2,
    findings: list2.sort((a, b2) => a.line - b2.line || a.column - b2.column || (a.severity === b2.severity ? 0 : a.severity === "error" ? -1 : 1))
  }));
}

// src/render/summary.ts
function countFindings(evaluation) {
  let errors = 0;
  let warnings = 0;
  for (const file of evaluation.files) {
    for (const f of file.findings) {
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function reviewerList(users, teams) {
  const parts = [...teams.map((t) => `team ${t}`), ...users];
  return parts.length ? parts.join(", ") : "nobody is listed";
}

// src/render/markdown.ts
var COMMENT_MARKER = "<!-- aws-requests:comment -->";
var MAX_COMMENT_LENGTH = 65e3;
function location(path2, line, link, column) {
  const text4 = column === void 0 ? `${path2}:${line}` : `${path2}:${line}:${column}`;
  const url = link?.(path2, line);
  return url ? `[${inlineCode(text4)}](${url})` : inlineCode(text4);
}
function requestSection(r, link) {
  const verdict = r.useCase ? ` \u2014 **${r.useCase}**` : "";
  const where = r.environment ? ` in ${escapeInline(r.environment)} (${escapeInline(r.account ?? "")})` : "";
  const out = [`### ${escapeInline(r.change)} ${escapeInline(r.kind)} ${inlineCode(r.id)}${verdict}${where}`, ""];
  for (const reason of r.reasons) out.push(`- ${escapeMessage(reason.message)} (${location(reason.path, reason.line, link)})`);
  if (r.diff.length + r.tagChanges.length > 0) {
    out.push("", "| field | before | after |", "|---|---|---|");
    for (const d2 of r.diff) out.push(`| ${cellCode(d2.field)} | ${d2.before === void 0 ? "" : cellCode(d2.before)} | ${d2.after === void 0 ? "" : cellCode(d2.after)} |`);
    for (const c2 of r.tagChanges) out.push(`| tag ${cellCode(c2.key)} | ${c2.before ? cellCode(c2.before) : ""} | ${c2.after ? cellCode(c2.after) : ""} |`);
  }
  out.push("");
  return out;
}
function retagLine(r, link) {
  const tags = r.changes.map((c2) => `${inlineCode(c2.key)} ${c2.before ? inlineCode(c2.before) : "(none)"} \u2192 ${c2.after ? inlineCode(c2.after) : "(removed)"}`);
  return `- ${escapeInline(r.kind)} ${inlineCode(r.id)} in ${escapeInline(r.environment)} (${escapeInline(r.account)}), ${location(r.path, 1, link)}: ${escapeMessage(r.because)}. ${tags.join(", ")}`;
}
function impactLine(entry, code2 = inlineCode) {
  const parts = [];
  if (entry.before.useCase !== entry.after.useCase) parts.push(`${entry.before.useCase ?? "no use case"} \u2192 ${entry.after.useCase ?? "no use case"}`);
  if (entry.before.valid !== entry.after.valid) parts.push(`${entry.before.valid ? "valid" : "invalid"} \u2192 ${entry.after.valid ? "valid" : "invalid"}`);
  return `${code2(entry.id)} (${code2(entry.path)}): ${parts.join(", ")}`;
}
function approvalLine(a) {
  const who = a.approvedBy.length ? `approved by ${a.approvedBy.map(escapeInline).join(", ")}` : `waiting for ${escapeInline(reviewerList(a.users, a.teams))}`;
  const out = [`- [${a.satisfied ? "x" : " "}] **${escapeInline(a.name)}**: ${who}. ${a.reasons.map(escapeMessage).join(" ")}`];
  for (const note of "notes" in a ? a.notes : []) out.push(`  - ${escapeMessage(note)}`);
  return out;
}
function renderMarkdown(evaluation, options = {}) {
  const { link } = options;
  const { errors, warnings } = countFindings(evaluation);
  const intro = [];
  if (options.marker) intro.push(COMMENT_MARKER);
  intro.push(
    `## aws-requests: ${evaluation.ok ? "valid" : "invalid"}`,
    "",
    `${plural(evaluation.requests.length, "request")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}. Labels: ${evaluation.labels.length ? evaluation.labels.map(inlineCode).join(", ") : "none"}.`,
    ""
  );
  const approvals = options.approvals ?? evaluation.approvals;
  const tail = [];
  if (approvals.length > 0) tail.push("### Approvals", "", ...approvals.flatMap(approvalLine), "");
  if (options.footer) tail.push(`<sub>${escapeMessage(options.footer)}</sub>`, "");
  let budget = (options.maxLength ?? Infinity) - intro.join("\n").length - tail.join("\n").length - 600;
  const fit = (blocks) => {
    const shown = [];
    for (const block of blocks) {
      if (block.length + 1 > budget) break;
      shown.push(block);
      budget -= block.length + 1;
    }
    return { shown, left: blocks.length - shown.length };
  };
  const where = options.fullReportUrl ? `[the job summary](${options.fullReportUrl})` : "the job summary";
  const requests = fit(evaluation.requests.map((r) => requestSection(r, link).join("\n")));
  const retags = fit(evaluation.retags.map((r) => retagLine(r, link)));
  const findings = fit(evaluation.files.flatMap((file) => file.findings.map((f) => `- **${f.severity}** ${location(f.path, f.line, link, f.column)} ${escapeMessage(f.message)} (${inlineCode(f.rule)})`)));
  const impact = fit(evaluation.impact.map((entry) => [`- ${impactLine(entry)}`, ...entry.reasons.map((r) => `  - ${escapeMessage(r)}`)].join("\n")));
  const previews = fit((options.tickets ?? []).map((t) => `<details><summary>Ticket preview: ${escapeInline(t.title)}</summary>

${t.markdown}
</details>
`));
  const body = [...intro, ...requests.shown];
  if (requests.left > 0) body.push(`\u2026 and ${plural(requests.left, "more request")}: see ${where}.`, "");
  if (retags.shown.length + retags.left > 0) {
    body.push("### Existing resources whose tags change", "", "These resources stay as they are, but their project or its group changes the values of their tags; the merge asks IT services to update them:", "", ...retags.shown);
    if (retags.left > 0) body.push(`- \u2026 and ${plural(retags.left, "more resource")}: see ${where}.`);
    body.push("");
  }
  if (findings.shown.length + findings.left > 0) {
    body.push("### Findings", "", ...findings.shown);
    if (findings.left > 0) body.push(`- \u2026 and ${plural(findings.left, "more finding")}: see ${where} for the full list.`);
    body.push("");
  }
  if (impact.shown.length + impact.left > 0) {
    body.push("### Policy impact", "", "With the proposed policy.yml, these requests already in the inventory would be judged differently:", "", ...impact.shown);
    if (impact.left > 0) body.push(`- \u2026 and ${plural(impact.left, "more request")}: see ${where}.`);
    body.push("");
  }
  if (previews.shown.length + previews.left > 0) {
    body.push("### What the merge will file", "", ...previews.shown);
    if (previews.left > 0) body.push(`\u2026 and ${plural(previews.left, "more ticket")}: see ${where}.`, "");
  }
  body.push(...tail);
  return `${body.join("\n")}
`;
}

// src/shell/disk.ts
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";
var POOL_BYTES = 1024 * 1024;
var SMALL_FILE = 64 * 1024;
var pool = new Uint8Array(POOL_BYTES);
var used = 0;
function readBytes(absolute) {
  const fd = openSync(absolute, "r");
  try {
    if (POOL_BYTES - used < SMALL_FILE) {
      pool = new Uint8Array(POOL_BYTES);
      used = 0;
    }
    const read = readSync(fd, pool, used, SMALL_FILE, 0);
    if (read === SMALL_FILE) return new Uint8Array(readFileSync(fd));
    const bytes = pool.subarray(used, used + read);
    used += read;
    return bytes;
  } finally {
    closeSync(fd);
  }
}
function pathExists(absolute) {
  return lstatSync(absolute, { throwIfNoEntry: false }) !== void 0;
}
function readMarkdownPages(root, paths) {
  const pages = paths.filter((path2) => isMarkdownPath(path2) && lstatSync(join(root, path2), { throwIfNoEntry: false })?.isFile());
  return new Map(pages.map((path2) => [path2, readFileSync(join(root, path2), "utf8")]));
}
function readSourceFile(root, path2) {
  const absolute = join(root, path2);
  const stat = lstatSync(absolute);
  if (stat.isSymbolicLink()) return { path: path2, type: "symlink", bytes: new Uint8Array() };
  if (!stat.isFile()) return { path: path2, type: "other", bytes: new Uint8Array() };
  return { path: path2, type: "file", bytes: readBytes(absolute) };
}
function toRepoPath(root, absolute) {
  return relative(root, absolute).split(sep).join("/");
}
function listFiles(root, dir, skip = /* @__PURE__ */ new Set()) {
  const out = [];
  const walk = (absolute) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const child = join(absolute, entry.name);
      if (entry.isDirectory()) walk(child);
      else out.push(toRepoPath(root, child));
    }
  };
  walk(dir);
  return out.sort();
}
function readFilesUnder(root, dir, keep = () => true) {
  const out = [];
  const walk = (absolute, relativeDir) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = join(absolute, entry.name);
      const path2 = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(child, path2);
        continue;
      }
      if (!keep(path2)) continue;
      if (entry.isSymbolicLink()) out.push({ path: path2, type: "symlink", bytes: new Uint8Array() });
      else if (entry.isFile()) out.push({ path: path2, type: "file", bytes: readBytes(child) });
      else out.push({ path: path2, type: "other", bytes: new Uint8Array() });
    }
  };
  walk(dir, toRepoPath(root, dir));
  return out.sort((a, b2) => comparePaths(a.path, b2.path));
}
function readRequestTree(root) {
  const dir = join(root, "requests");
  return existsSync(dir) ? readFilesUnder(root, dir) : [];
}
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
function readRepositoryFiles(root) {
  const paths = listFiles(root, root, SKIPPED);
  return { paths, markdown: readMarkdownPages(root, paths) };
}

export {
  escapeInline,
  REQUESTS_DIR,
  pathRole,
  isMarkdownPath,
  isPolicyFile,
  requestIdOf,
  aKind,
  planTickets,
  ticketMarker,
  renderTicket,
  renderTicketIssue,
  missingApprovals,
  fitTickets,
  latestReviews,
  judgeApprovals,
  REQUEST_KINDS,
  PLACEHOLDER,
  parseRequestFile,
  loadPolicy,
  headDocumentTree,
  evaluate,
  countFindings,
  plural,
  reviewerList,
  COMMENT_MARKER,
  MAX_COMMENT_LENGTH,
  impactLine,
  renderMarkdown,
  pathExists,
  readMarkdownPages,
  readSourceFile,
  toRepoPath,
  listFiles,
  readFilesUnder,
  readRequestTree,
  readRepositoryFiles
};
