#include "yamltexteditor.h"

#include "reversed.h"
#include "yamlemitter.h"

#include "model/yamlreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct YamlTextEditorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::YamlTextEditor)
};

//! Line-level view of the bytes, for positions that yaml-cpp does not give.
class Lines
{
public:
    Lines(const QByteArray &text, const QList<qsizetype> &starts) : m_text(text), m_starts(starts)
    { }

    int count() const { return int(m_starts.size()); }
    QByteArrayView at(int line) const
    {
        if (line < 0 || line >= count())
            return {};
        const qsizetype start = m_starts.at(line);
        qsizetype end = line + 1 < count() ? m_starts.at(line + 1) : m_text.size();
        while (end > start && (m_text.at(end - 1) == '\n' || m_text.at(end - 1) == '\r'))
            --end;
        return QByteArrayView(m_text).sliced(start, end - start);
    }
    int indentOf(int line) const
    {
        const QByteArrayView text = at(line);
        int column = 0;
        while (column < text.size() && text.at(column) == ' ')
            ++column;
        return column;
    }
    bool isBlank(int line) const { return at(line).trimmed().isEmpty(); }
    bool isComment(int line) const { return at(line).trimmed().startsWith('#'); }

private:
    const QByteArray &m_text;
    const QList<qsizetype> &m_starts;
};

YamlTextEditor::Style styleOf(const YAML::Node &node, const QByteArray &text)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return node.Style() == YAML::EmitterStyle::Flow ? YamlTextEditor::Style::FlowSequence
                                                        : YamlTextEditor::Style::BlockSequence;
    case YAML::NodeType::Map:
        return node.Style() == YAML::EmitterStyle::Flow ? YamlTextEditor::Style::FlowMapping
                                                        : YamlTextEditor::Style::BlockMapping;
    case YAML::NodeType::Scalar: {
        const qsizetype pos = node.Mark().pos;
        if (pos >= 0 && pos < text.size() && (text.at(pos) == '|' || text.at(pos) == '>'))
            return YamlTextEditor::Style::BlockScalar;
        return YamlTextEditor::Style::Scalar;
    }
    default:
        return YamlTextEditor::Style::Null;
    }
}

class OutlineBuilder
{
public:
    OutlineBuilder(const QByteArray &text, const Lines &lines) : m_text(text), m_lines(lines) { }

    QList<YamlTextEditor::Node> children(const YAML::Node &collection, int limit, int depth) const;

private:
    YamlTextEditor::Node node(const YAML::Node &value, int line, int limit, int depth) const;
    int trimmedEnd(int start, int limit, YamlTextEditor::Style style, int indent) const;
    int childColumn(const YAML::Node &collection) const;
    int blockScalarIndent(int line, int limit) const;

    const QByteArray &m_text;
    const Lines &m_lines;
};

QList<YamlTextEditor::Node> OutlineBuilder::children(const YAML::Node &collection, int limit,
                                                     int depth) const
{
    QList<std::pair<QString, YAML::Node>> entries;
    QList<int> starts;
    if (collection.IsMap()) {
        for (auto it = collection.begin(); it != collection.end(); ++it) {
            entries.append({QString::fromStdString(it->first.Scalar()), it->second});
            starts.append(it->first.Mark().line);
        }
    } else {
        for (auto it = collection.begin(); it != collection.end(); ++it) {
            entries.append({QString(), *it});
            starts.append(it->Mark().line);
        }
    }
    QList<YamlTextEditor::Node> nodes;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int next = i + 1 < starts.size() ? starts.at(i + 1) - 1 : limit;
        YamlTextEditor::Node child =
            node(entries.at(i).second, starts.at(i), std::max(next, starts.at(i)), depth);
        child.key = entries.at(i).first;
        nodes.append(std::move(child));
    }
    return nodes;
}

YamlTextEditor::Node OutlineBuilder::node(const YAML::Node &value, int line, int limit,
                                          int depth) const
{
    YamlTextEditor::Node node;
    node.line = line;
    node.style = styleOf(value, m_text);
    node.value = yamlNodeToJson(value);
    const bool block = node.style == YamlTextEditor::Style::BlockSequence
        || node.style == YamlTextEditor::Style::BlockMapping;
    if (block)
        node.indent = childColumn(value);
    else if (node.style == YamlTextEditor::Style::BlockScalar)
        node.indent = blockScalarIndent(line, limit);
    node.endLine = trimmedEnd(line, limit, node.style, node.indent);
    if (block && depth < 3)
        node.children = children(value, node.endLine, depth + 1);
    return node;
}

int OutlineBuilder::trimmedEnd(int start, int limit, YamlTextEditor::Style style, int indent) const
{
    int end = std::min(limit, m_lines.count() - 1);
    while (end > start) {
        const bool trailingComment = m_lines.isComment(end)
            && (style == YamlTextEditor::Style::BlockScalar ? m_lines.indentOf(end) < indent
                                                            : m_lines.indentOf(end) == 0);
        if (!m_lines.isBlank(end) && !trailingComment)
            break;
        --end;
    }
    return end;
}

//! Column of a collection's first key, or of its first item's dash.
int OutlineBuilder::childColumn(const YAML::Node &collection) const
{
    if (collection.size() == 0)
        return 0;
    const YAML::Mark mark =
        collection.IsMap() ? collection.begin()->first.Mark() : collection.begin()->Mark();
    if (collection.IsMap())
        return mark.column;
    const QByteArrayView line = m_lines.at(mark.line);
    int column = std::min<int>(mark.column, int(line.size())) - 1;
    while (column >= 0 && line.at(column) == ' ')
        --column;
    return column >= 0 && line.at(column) == '-' ? column : m_lines.indentOf(mark.line);
}

int OutlineBuilder::blockScalarIndent(int line, int limit) const
{
    for (int i = line + 1; i <= limit && i < m_lines.count(); ++i) {
        if (!m_lines.isBlank(i))
            return m_lines.indentOf(i);
    }
    return m_lines.indentOf(line) + 2;
}

} // namespace

Result<YamlTextEditor> YamlTextEditor::open(const QByteArray &text, const QString &fileName)
{
    YamlTextEditor editor;
    editor.m_fileName = fileName;
    editor.m_text = text;
    editor.m_crlf = text.contains("\r\n");
    Status status = editor.reparse();
    if (!status)
        return status.error();
    return editor;
}

Status YamlTextEditor::reparse()
{
    m_lineStarts = {0};
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n' && i + 1 < m_text.size())
            m_lineStarts.append(i + 1);
    }
    YAML::Node root;
    try {
        root = YAML::Load(m_text.toStdString());
    } catch (const YAML::Exception &) {
        Result<QJsonValue> check = parseYaml(m_text, m_fileName);
        return check ? makeError(YamlTextEditorMessages::tr("invalid YAML"), m_fileName)
                     : check.error();
    }
    m_sections.clear();
    if (!root.IsDefined() || root.IsNull())
        return {};
    if (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow)
        return makeError(
            YamlTextEditorMessages::tr("the file must be a mapping of keys written in block style"),
            m_fileName);
    const Lines lines(m_text, m_lineStarts);
    m_sections = OutlineBuilder(m_text, lines).children(root, lines.count() - 1, 0);
    return {};
}

const YamlTextEditor::Node *YamlTextEditor::section(const QString &key) const
{
    for (const Node &candidate : reversed(m_sections)) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

int YamlTextEditor::childIndent(const QString &key, int fallback) const
{
    const Node *node = section(key);
    const bool block =
        node && (node->style == Style::BlockSequence || node->style == Style::BlockMapping);
    return block && !node->children.isEmpty() ? node->indent : fallback;
}

qsizetype YamlTextEditor::lineStart(int line) const
{
    return line < m_lineStarts.size() ? m_lineStarts.at(line) : m_text.size();
}

Status YamlTextEditor::replaceText(QByteArray text)
{
    QByteArray previous = std::exchange(m_text, std::move(text));
    Status status = reparse();
    if (!status) {
        m_text = std::move(previous);
        Status restored = reparse(); // the previous text parsed before
        Q_UNUSED(restored)
        return makeError(YamlTextEditorMessages::tr("the change would make the file invalid: %1")
                             .arg(status.error().toString()),
                         m_fileName);
    }
    return {};
}

Status YamlTextEditor::insertAfterLine(int line, const QString &lines)
{
    QByteArray bytes = lines.toUtf8();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    const qsizetype position = lineStart(line + 1);
    QByteArray text = m_text;
    if (position == text.size() && !text.isEmpty() && !text.endsWith('\n'))
        bytes.prepend(lineEnding());
    text.insert(position, bytes);
    return replaceText(std::move(text));
}

int YamlTextEditor::lastContentLine(int first, int last) const
{
    const Lines lines(m_text, m_lineStarts);
    while (last > first && (lines.isBlank(last) || lines.isComment(last)))
        --last;
    return last;
}

Status YamlTextEditor::replaceLines(const QList<LineReplacement> &replacements)
{
    QList<LineReplacement> bottomUp = replacements;
    std::sort(bottomUp.begin(), bottomUp.end(),
              [](const LineReplacement &a, const LineReplacement &b) { return a.first > b.first; });
    QByteArray text = m_text;
    for (const LineReplacement &replacement : std::as_const(bottomUp)) {
        QByteArray bytes = replacement.lines.toUtf8();
        if (m_crlf)
            bytes.replace("\n", "\r\n");
        const qsizetype start = lineStart(replacement.first);
        text.replace(start, lineStart(replacement.last + 1) - start, bytes);
    }
    return replaceText(std::move(text));
}

Status YamlTextEditor::appendSection(const QString &key, const QString &body)
{
    QString lines = YamlEmitter::scalar(key) + u':';
    lines += body.isEmpty() ? u" []\n"_s : u'\n' + body;
    QByteArray bytes = lines.toUtf8();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    QByteArray text = m_text;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += lineEnding();
    text += bytes;
    return replaceText(std::move(text));
}

Status YamlTextEditor::appendToSequence(const QString &key, const QString &blockItems,
                                        const QStringList &flowItems)
{
    return appendToCollection(key, blockItems, flowItems, true);
}

Status YamlTextEditor::appendToMapping(const QString &key, const QString &blockEntries,
                                       const QStringList &flowEntries)
{
    return appendToCollection(key, blockEntries, flowEntries, false);
}

Status YamlTextEditor::appendToCollection(const QString &key, const QString &block,
                                          const QStringList &flow, bool sequence)
{
    const Node *node = section(key);
    if (!node)
        return appendSection(key, block);
    if (node->style == Style::Null)
        return replaceEmptyValue(*node, block);
    if (node->style == (sequence ? Style::BlockSequence : Style::BlockMapping))
        return insertAfterLine(node->endLine, block);
    if (node->style == (sequence ? Style::FlowSequence : Style::FlowMapping))
        return addToFlow(*node, flow, block);
    return makeError(sequence ? YamlTextEditorMessages::tr("\"%1\" is not a list").arg(key)
                              : YamlTextEditorMessages::tr("\"%1\" is not a mapping").arg(key),
                     m_fileName);
}

Status YamlTextEditor::replaceEmptyValue(const Node &node, const QString &blockText)
{
    // `key:` or `key: null` / `key: ~` (comments after it stay).
    const int keyLine = node.line; // `node` lives in the section list replaceText() rebuilds
    const qsizetype start = lineStart(keyLine);
    const qsizetype end = lineStart(keyLine + 1);
    QByteArray line = m_text.mid(start, end - start);
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        QByteArray rest = line.mid(colon + 1);
        const QByteArray trimmed = rest.trimmed();
        for (const QByteArray &word : {"null"_ba, "Null"_ba, "NULL"_ba, "~"_ba}) {
            if (trimmed == word || trimmed.startsWith(QByteArray(word + " #"))) {
                rest.replace(rest.indexOf(word), word.size(), QByteArray());
                QByteArray text = m_text;
                text.replace(start + colon + 1, line.size() - colon - 1, rest);
                Status status = replaceText(std::move(text));
                if (!status)
                    return status;
                break;
            }
        }
    }
    return insertAfterLine(keyLine, blockText);
}

Status YamlTextEditor::addToFlow(const Node &node, const QStringList &values,
                                 const QString &blockText)
{
    const qsizetype from = lineStart(node.line);
    const qsizetype open = m_text.indexOf(node.style == Style::FlowSequence ? '[' : '{', from);
    if (open < 0)
        return makeError(YamlTextEditorMessages::tr("cannot find the start of a flow collection"),
                         m_fileName);
    int depth = 0;
    char quote = 0;
    qsizetype close = -1;
    for (qsizetype i = open; i < m_text.size() && close < 0; ++i) {
        const char ch = m_text.at(i);
        if (quote) {
            if (ch == '\\' && quote == '"')
                ++i;
            else if (ch == quote)
                quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '[' || ch == '{') {
            ++depth;
        } else if ((ch == ']' || ch == '}') && --depth == 0) {
            close = i;
        }
    }
    if (close < 0)
        return makeError(YamlTextEditorMessages::tr("cannot find the end of a flow collection"),
                         m_fileName);
    qsizetype last = close - 1;
    while (last > open && QByteArrayView(" \t\r\n").contains(m_text.at(last)))
        --last;
    const bool empty = last == open;
    if (empty) {
        // `key: []`: drop the brackets and continue in block style.
        const int line = node.line;
        qsizetype start = open;
        while (start > from && m_text.at(start - 1) == ' ')
            --start;
        QByteArray text = m_text;
        text.remove(start, close - start + 1);
        Status status = replaceText(std::move(text));
        if (!status)
            return status;
        return insertAfterLine(line, blockText);
    }
    if (values.isEmpty())
        return makeError(YamlTextEditorMessages::tr(
                             "cannot add to a collection written in flow style ([...] or {...})"),
                         m_fileName);
    const QByteArray insertion = ((empty ? QString() : u", "_s) + values.join(", "_L1)).toUtf8();
    QByteArray text = m_text;
    text.insert(last + 1, insertion);
    return replaceText(std::move(text));
}

} // namespace Coach
