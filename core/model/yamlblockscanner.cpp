#include "yamlblockscanner_p.h"
#include "yamltree.h"

#include <cstring>
#include <string>

namespace Coach {

namespace {

constexpr int MaxDepth = 64;

bool isNullText(const char *text, int length)
{
    const auto is = [&](const char *word) {
        return int(std::strlen(word)) == length && std::memcmp(text, word, size_t(length)) == 0;
    };
    return length == 0 || is("~") || is("null") || is("Null") || is("NULL");
}

//! Characters that may not start a plain scalar here (YAML indicators, and
//! `-`, `?`, `:` whose meaning depends on what follows: left to yaml-cpp).
bool isIndicator(char c)
{
    return std::strchr("[]{}#&*!|>%@`,?:-'\"", c) != nullptr && c != '\0';
}

//! Length of a valid UTF-8 sequence at `p` of a character the scanner
//! takes, 0 otherwise: C1 controls, U+2028/U+2029 (line breaks to YAML
//! 1.1), U+FEFF and U+FFFE/U+FFFF are left to yaml-cpp.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const auto continuation = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (p[0] >= 0xC2 && p[0] <= 0xDF && continuation(1))
        return p[0] == 0xC2 && p[1] < 0xA0 ? 0 : 2;
    if (p[0] >= 0xE0 && p[0] <= 0xEF && continuation(1) && continuation(2)) {
        const unsigned code =
            (unsigned(p[0] & 0x0F) << 12) | (unsigned(p[1] & 0x3F) << 6) | unsigned(p[2] & 0x3F);
        const bool rejected = code < 0x800 || (code >= 0xD800 && code <= 0xDFFF) || code == 0x2028
            || code == 0x2029 || code == 0xFEFF || code >= 0xFFFE;
        return rejected ? 0 : 3;
    }
    if (p[0] >= 0xF0 && p[0] <= 0xF4 && continuation(1) && continuation(2) && continuation(3)) {
        const unsigned code = (unsigned(p[0] & 0x07) << 18) | (unsigned(p[1] & 0x3F) << 12)
            | (unsigned(p[2] & 0x3F) << 6) | unsigned(p[3] & 0x3F);
        return code >= 0x10000 && code <= 0x10FFFF ? 4 : 0;
    }
    return 0;
}

} // namespace

YamlBlockScanner::YamlBlockScanner(const QByteArray &text, YamlTree &tree)
    : m_text(text), m_data(text.constData()), m_tree(tree)
{ }

bool YamlBlockScanner::scan()
{
    if (!splitLines())
        return false;
    if (atEnd()) {
        m_tree.setRoot(m_tree.addNull(0, 0)); // no document, as YAML::Load("")
        return true;
    }
    const int root = lineNode(0);
    if (root < 0 || !atEnd())
        return false;
    m_tree.setRoot(root);
    return true;
}

bool YamlBlockScanner::splitLines()
{
    const int size = int(m_text.size());
    for (int begin = 0, number = 1; begin < size; ++number) {
        const char *newline =
            static_cast<const char *>(std::memchr(m_data + begin, '\n', size_t(size - begin)));
        const int next = newline ? int(newline - m_data) + 1 : size;
        int end = newline ? next - 1 : size;
        if (newline && end > begin && m_data[end - 1] == '\r')
            --end;
        if (!checkCharacters(begin, end))
            return false;
        int indent = 0;
        while (begin + indent < end && m_data[begin + indent] == ' ')
            ++indent;
        const char *content = m_data + begin + indent;
        const bool blank = begin + indent == end || *content == '#';
        const bool marker = indent == 0 && end - begin >= 3
            && (std::memcmp(content, "---", 3) == 0 || std::memcmp(content, "...", 3) == 0);
        if (marker || (indent == 0 && *content == '%' && !blank))
            return false; // document markers and directives
        m_lines.push_back(Line{number, begin, indent, end, blank});
        begin = next;
    }
    skipBlankLines();
    return true;
}

void YamlBlockScanner::advance()
{
    ++m_next;
    skipBlankLines();
}

void YamlBlockScanner::skipBlankLines()
{
    while (m_next < m_lines.size() && m_lines[m_next].blank)
        ++m_next;
}

bool YamlBlockScanner::checkCharacters(int begin, int end) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_data + begin);
    const auto *stop = reinterpret_cast<const unsigned char *>(m_data + end);
    while (p < stop) {
        if (*p >= 0x20 && *p < 0x7F) {
            ++p;
            continue;
        }
        const int length = *p >= 0x80 ? utf8Length(p, stop) : 0;
        if (length == 0)
            return false; // tabs, controls, a lone '\r', invalid or unusual UTF-8
        p += length;
    }
    return true;
}

bool YamlBlockScanner::isSequenceEntry(int offset, int end) const
{
    return offset < end && m_data[offset] == '-'
        && (offset + 1 == end || m_data[offset + 1] == ' ');
}

int YamlBlockScanner::lineNode(int depth)
{
    // A collection that starts a line; a scalar alone on its line could go
    // on over the next lines (a multi-line plain scalar): yaml-cpp's job.
    const Line &line = current();
    const int offset = line.begin + line.indent;
    if (isSequenceEntry(offset, line.end))
        return sequence(line.indent, depth);
    int keyNode = -1;
    int after = 0;
    if (!key(offset, keyNode, after))
        return -1;
    return map(offset, keyNode, after, depth);
}

int YamlBlockScanner::blockNode(int parentIndent, bool sequenceAtParent, int depth)
{
    // The value of `key:` or `-` with nothing after it on the line.
    if (!atEnd()) {
        const Line &line = current();
        if (line.indent > parentIndent)
            return lineNode(depth);
        if (line.indent == parentIndent && sequenceAtParent
            && isSequenceEntry(line.begin + line.indent, line.end)) {
            return sequence(line.indent, depth);
        }
    }
    return m_tree.addNull(0, 0);
}

int YamlBlockScanner::sequence(int indent, int depth)
{
    if (depth > MaxDepth)
        return -1;
    const Line &first = current();
    const int line = first.number;
    const size_t start = m_children.size();
    while (!atEnd() && current().indent == indent
           && isSequenceEntry(current().begin + indent, current().end)) {
        const Line &entry = current();
        int offset = entry.begin + indent + 1;
        while (offset < entry.end && m_data[offset] == ' ')
            ++offset;
        int item = -1;
        if (offset == entry.end || m_data[offset] == '#') {
            advance();
            item = blockNode(indent, false, depth + 1);
        } else {
            item = inlineNode(indent, offset, depth + 1);
        }
        if (item < 0)
            return -1;
        m_children.push_back(item);
        if (!atEnd() && current().indent > indent)
            return -1; // a continuation line or bad indentation
    }
    return m_tree.addCollection(YamlTree::Kind::Sequence, line, indent + 1, m_children,
                                int(m_children.size() - start));
}

int YamlBlockScanner::inlineNode(int sequenceIndent, int offset, int depth)
{
    // What follows `- ` on the same line: `key: ...` starts a mapping there.
    if (isSequenceEntry(offset, current().end))
        return -1; // `- - x`
    int keyNode = -1;
    int after = 0;
    if (key(offset, keyNode, after))
        return map(offset, keyNode, after, depth);
    return lineValue(sequenceIndent, offset);
}

int YamlBlockScanner::map(int offset, int keyNode, int after, int depth)
{
    if (depth > MaxDepth)
        return -1;
    const int line = current().number;
    const int indent = offset - current().begin;
    const size_t start = m_children.size();
    for (;;) {
        if (keyNode < 0 && !key(offset, keyNode, after))
            return -1;
        const int value = mapValue(indent, after, depth + 1);
        if (value < 0)
            return -1;
        m_children.push_back(keyNode);
        m_children.push_back(value);
        keyNode = -1;
        if (atEnd() || current().indent < indent)
            break;
        if (current().indent > indent || isSequenceEntry(current().begin + indent, current().end))
            return -1;
        offset = current().begin + indent;
    }
    return m_tree.addCollection(YamlTree::Kind::Map, line, indent + 1, m_children,
                                int(m_children.size() - start));
}

int YamlBlockScanner::mapValue(int indent, int offset, int depth)
{
    const int end = current().end;
    while (offset < end && m_data[offset] == ' ')
        ++offset;
    if (offset == end || m_data[offset] == '#') {
        advance();
        return blockNode(indent, true, depth);
    }
    return lineValue(indent, offset);
}

int YamlBlockScanner::lineValue(int parentIndent, int offset)
{
    const int end = current().end;
    if (m_data[offset] == '|')
        return literal(parentIndent, offset);
    Span span;
    if (m_data[offset] == '\'' || m_data[offset] == '"')
        span = quoted(offset, end);
    else
        span = plain(offset, end, false);
    if (!span.valid || (span.quoted && !restIsEmpty(span.after, end)))
        return -1;
    const int node = add(span, offset);
    advance();
    return node;
}

int YamlBlockScanner::literal(int parentIndent, int offset)
{
    // `|` or `|-` (clip or strip the final line break), the way Rasa and
    // Rasa Coach write user texts; its lines are indented more than the
    // parent and go on to the first line indented less. Leading or
    // whitespace-only lines, `|+`, `>` and explicit indentation: yaml-cpp's.
    const Line &header = current();
    const bool strip = offset + 1 < header.end && m_data[offset + 1] == '-';
    if (!restIsEmpty(offset + (strip ? 2 : 1), header.end))
        return -1;
    const int line = header.number;
    const int column = offset - header.begin + 1;
    size_t next = m_next + 1;
    if (next >= m_lines.size() || m_lines[next].indent <= parentIndent
        || m_lines[next].begin + m_lines[next].indent == m_lines[next].end) {
        return -1; // empty or starting with empty lines
    }
    const int contentIndent = m_lines[next].indent;
    std::string text;
    size_t lastContent = next;
    for (; next < m_lines.size(); ++next) {
        const Line &l = m_lines[next];
        const bool empty = l.begin + l.indent == l.end;
        if (empty && l.end - l.begin > contentIndent)
            return -1; // spaces that would be content
        if (!empty && l.indent < contentIndent)
            break;
        for (size_t gap = lastContent; gap < next && !empty; ++gap)
            text += '\n'; // the line breaks since the last content line
        if (!empty) {
            text.append(m_data + l.begin + contentIndent, size_t(l.end - l.begin - contentIndent));
            lastContent = next;
        }
    }
    if (!strip && m_lines[lastContent].end < int(m_text.size()))
        text += '\n'; // clip keeps the last line break, where there is one
    m_next = lastContent;
    advance();
    return m_tree.addScalar(line, column, text, YamlTree::QuotedTag);
}

bool YamlBlockScanner::key(int offset, int &keyNode, int &after)
{
    const int end = current().end;
    Span span;
    if (m_data[offset] == '\'' || m_data[offset] == '"') {
        span = quoted(offset, end);
        int colon = span.after;
        while (colon < end && m_data[colon] == ' ')
            ++colon;
        if (!span.valid || colon == end || m_data[colon] != ':'
            || (colon + 1 < end && m_data[colon + 1] != ' ')) {
            return false;
        }
        span.after = colon + 1;
    } else {
        span = plain(offset, end, true);
        const bool mergeKey = span.end - span.begin == 2 && m_data[span.begin] == '<'
            && m_data[span.begin + 1] == '<';
        if (!span.valid || mergeKey)
            return false;
    }
    keyNode = add(span, offset);
    after = span.after;
    return true;
}

YamlBlockScanner::Span YamlBlockScanner::plain(int offset, int end, bool isKey) const
{
    // Ends at a comment (` #`) or, for a key, at `: ` / `:` at the end of the
    // line; in a value, `: ` would start a mapping: not ours.
    Span span;
    if (isIndicator(m_data[offset])) {
        const bool dashText =
            m_data[offset] == '-' && offset + 1 < end && m_data[offset + 1] != ' ';
        if (!dashText)
            return span;
    }
    int i = offset;
    int stop = end;
    for (; i < end; ++i) {
        const char c = m_data[i];
        if (c == '#' && m_data[i - 1] == ' ') {
            stop = i;
            break;
        }
        if (c == ':' && (i + 1 == end || m_data[i + 1] == ' ')) {
            if (!isKey)
                return span;
            stop = i;
            break;
        }
    }
    if (isKey && (stop == end || m_data[stop] != ':'))
        return span; // not a key
    span.begin = offset;
    span.end = stop;
    while (span.end > span.begin && m_data[span.end - 1] == ' ')
        --span.end;
    span.after = isKey ? stop + 1 : end;
    span.valid = span.end > span.begin;
    return span;
}

YamlBlockScanner::Span YamlBlockScanner::quoted(int offset, int end) const
{
    Span span;
    span.quoted = true;
    const char quote = m_data[offset];
    int i = offset + 1;
    for (;; ++i) {
        if (i >= end)
            return span; // goes on over the next line
        if (quote == '"' && m_data[i] == '\\')
            return span; // escapes: yaml-cpp's job
        if (m_data[i] != quote)
            continue;
        if (quote == '\'' && i + 1 < end && m_data[i + 1] == '\'') {
            span.escaped = true;
            ++i;
            continue;
        }
        break;
    }
    span.begin = offset + 1;
    span.end = i;
    span.after = i + 1;
    span.valid = true;
    return span;
}

bool YamlBlockScanner::restIsEmpty(int offset, int end) const
{
    int p = offset;
    while (p < end && m_data[p] == ' ')
        ++p;
    return p == end || (m_data[p] == '#' && p > offset);
}

int YamlBlockScanner::add(const Span &span, int offset)
{
    const int line = current().number;
    const int column = offset - current().begin + 1;
    const int length = span.end - span.begin;
    if (!span.quoted && isNullText(m_data + span.begin, length))
        return m_tree.addNull(line, column);
    if (!span.escaped) {
        return m_tree.addScalar(line, column, span.begin, length,
                                span.quoted ? YamlTree::QuotedTag : YamlTree::PlainTag);
    }
    std::string text;
    for (int i = span.begin; i < span.end; ++i) {
        text += m_data[i];
        if (m_data[i] == '\'')
            ++i; // '' stands for '
    }
    return m_tree.addScalar(line, column, text, YamlTree::QuotedTag);
}

} // namespace Coach
