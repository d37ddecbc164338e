#pragma once

#include "yamlnode.h"

#include <QJsonValue>
#include <QString>

namespace Coach {

//! Writes YAML the way Rasa writes its training files (ruamel.yaml's
//! round-trip dumper as configured by Rasa): block style, mappings indented
//! by 2, sequences not indented under their key, no line folding, `null`,
//! keys in insertion order, UTF-8 text written literally.
//!
//! Scalars are plain unless a plain scalar would not read back as the same
//! string with a YAML 1.1 *or* 1.2 reader (yes/no/on/off, null, numbers,
//! timestamps, leading indicators, `: `, ` #`, surrounding spaces, empty
//! text); those are single-quoted (`''` escapes a quote), and text with
//! characters that only double quotes can carry is double-quoted.
class YamlEmitter
{
public:
    //! A one-line scalar: plain, 'single' or "double" quoted as needed.
    static QString scalar(const QString &text);
    //! True when `text` can be written without quotes.
    static bool isPlainSafe(const QString &text);
    static QString singleQuoted(const QString &text);
    static QString doubleQuoted(const QString &text);

    //! A number as Rasa prints it: see NumberStyle; floats as Python's repr
    //! with ruamel's `1.0e-05` form; `.inf`, `-.inf`, `.nan`.
    static QString number(double value, NumberStyle style = NumberStyle::Auto);
    //! null, true/false, a number or a one-line string scalar.
    static QString jsonScalar(const QJsonValue &value, NumberStyle style = NumberStyle::Auto);

    //! True when `text` can be a literal block scalar (`|`) without change.
    static bool fitsLiteral(const QString &text);
    //! Appends ` |-` (or `|`, `|+`, with an indentation indicator when the
    //! text starts with a space), a newline and the lines of `text`
    //! indented by `indent` spaces. The caller wrote the key or dash.
    static void appendLiteral(QString &out, const QString &text, int indent);

    //! Appends the value of a mapping key; `indent` is the key's column.
    static void appendAfterKey(QString &out, const YamlNode &value, int indent);
    //! Appends a sequence item's value; `indent` is the dash's column.
    static void appendAfterDash(QString &out, const YamlNode &value, int indent);
    //! Appends mapping entries at `indent`; the first one continues the
    //! current line when `firstInline` (after `- `).
    static void appendEntries(QString &out, const YamlNode &mapping, int indent,
                              bool firstInline = false);
    //! Appends sequence items with their dashes at `indent`.
    static void appendItems(QString &out, const YamlNode &sequence, int indent,
                            bool firstInline = false);
};

} // namespace Coach
