#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! Adds to a YAML file *as text*: every byte of the original file (comments,
//! blank lines, quoting, key order, CRLF line ends) stays as it was, and new
//! lines go exactly where a person would type them. This is how the exporter
//! appends stories, merges NLU examples and extends domain.yml.
//!
//! The file is parsed (yaml-cpp) for positions; after every edit it is
//! parsed again, so edits never work on stale positions and an edit that
//! would break the file is refused.
class YamlTextEditor
{
public:
    //! How a value is written.
    enum class Style {
        Null,
        Scalar,
        BlockScalar,
        BlockSequence,
        BlockMapping,
        FlowSequence,
        FlowMapping
    };

    //! A mapping entry or sequence item with its position (0-based lines).
    struct Node
    {
        QString key; //!< mapping entries only
        int line = 0; //!< line of the key or the item's dash
        int endLine = 0; //!< last line with content (comments at column 0 excluded)
        Style style = Style::Null;
        int indent = 0; //!< column of the children, or of a block scalar's text
        QJsonValue value;
        QList<Node> children; //!< entries or items of block collections
    };

    //! Fails on invalid YAML and on a top level that is not a block mapping
    //! (an empty file is an empty mapping).
    static Result<YamlTextEditor> open(const QByteArray &text, const QString &fileName = {});

    QByteArray text() const { return m_text; }
    //! "\r\n" when the file uses CRLF line ends, else "\n".
    QByteArray lineEnding() const
    {
        return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }

    const QList<Node> &sections() const { return m_sections; }
    //! The last top-level entry with that key (the one YAML readers keep).
    const Node *section(const QString &key) const;

    //! Column for new children of a section: the column of its existing
    //! items or keys, else `fallback`.
    int childIndent(const QString &key, int fallback) const;

    //! Adds items to the sequence `key`: `blockItems` (lines with their
    //! dashes at childIndent(key, 0), `\n`-terminated) for block or empty
    //! sequences and a missing key (appended at the end of the file),
    //! `flowItems` (YAML flow values) for `[a, b]` style sequences.
    Status appendToSequence(const QString &key, const QString &blockItems,
                            const QStringList &flowItems);
    //! Adds entries to the mapping `key`, the same way (`flowEntries` as
    //! `key: value` flow text).
    Status appendToMapping(const QString &key, const QString &blockEntries,
                           const QStringList &flowEntries);
    //! Inserts `lines` (`\n`-terminated) after 0-based `line`.
    Status insertAfterLine(int line, const QString &lines);

    //! Lines `first`..`last` (0-based, inclusive) to be replaced by `lines`
    //! (`\n`-terminated).
    struct LineReplacement
    {
        int first = 0;
        int last = 0;
        QString lines;
    };
    //! The last line in `first`..`last` (0-based) that is neither blank nor
    //! only a comment: where a node's own text ends, comments after it
    //! belonging to what follows.
    int lastContentLine(int first, int last) const;
    //! Replaces ranges of lines that do not overlap (positions as before any
    //! of them), all at once.
    Status replaceLines(const QList<LineReplacement> &replacements);

private:
    Status reparse();
    Status replaceText(QByteArray text);
    Status appendToCollection(const QString &key, const QString &block, const QStringList &flow,
                              bool sequence);
    Status appendSection(const QString &key, const QString &body);
    Status addToFlow(const Node &node, const QStringList &values, const QString &blockText);
    Status replaceEmptyValue(const Node &node, const QString &blockText);
    qsizetype lineStart(int line) const;

    QString m_fileName;
    QByteArray m_text;
    bool m_crlf = false;
    QList<qsizetype> m_lineStarts;
    QList<Node> m_sections;
};

} // namespace Coach
