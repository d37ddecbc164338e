#include "yamlemitter.h"

#include "model/jsonutil.h"

#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

bool isPrintable(char32_t code)
{
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0x7E)
        || code == 0x85 || (code >= 0xA0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD)
        || (code >= 0x10000 && code <= 0x10FFFF);
}

//! Calls `visit(code, valid)` for every code point; lone surrogates are
//! reported as invalid.
template <typename Visit> void forEachCodePoint(const QString &text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(ch, text.at(i + 1)), true);
            ++i;
        } else {
            visit(char32_t(ch.unicode()), !ch.isSurrogate());
        }
    }
}

//! Characters a single-quoted or plain scalar cannot carry unchanged.
bool needsDoubleQuotes(const QString &text)
{
    bool needs = false;
    forEachCodePoint(text, [&needs](char32_t code, bool valid) {
        if (!valid || !isPrintable(code) || code == '\t' || code == '\n' || code == '\r'
            || code == 0x85 || code == 0x2028 || code == 0x2029 || code == 0xFEFF) {
            needs = true;
        }
    });
    return needs;
}

bool isIdentifierChar(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_';
}

//! Words that YAML 1.1 or 1.2 resolves to null or a boolean.
bool isReservedWord(const QString &text)
{
    static const QSet<QString> words{
        u"~"_s,     u"null"_s,  u"Null"_s,  u"NULL"_s, u"true"_s, u"True"_s, u"TRUE"_s,
        u"false"_s, u"False"_s, u"FALSE"_s, u"y"_s,    u"Y"_s,    u"yes"_s,  u"Yes"_s,
        u"YES"_s,   u"n"_s,     u"N"_s,     u"no"_s,   u"No"_s,   u"NO"_s,   u"on"_s,
        u"On"_s,    u"ON"_s,    u"off"_s,   u"Off"_s,  u"OFF"_s,  u"="_s,    u"<<"_s,
    };
    return text.size() <= 5 && words.contains(text); // every name and value is asked
}

//! Integers, floats and timestamps of YAML 1.1 and 1.2 (a superset of both,
//! so that either reader gets a string back).
bool looksLikeNumberOrDate(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*"
        "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|(?:[0-9][0-9_]*)?\\.[0-9._]*(?:[eE][-+]?[0-9]+)?"
        "|[0-9][0-9_]*[eE][-+]?[0-9]+"
        "|\\.(?:inf|Inf|INF))"
        "|\\.(?:nan|NaN|NAN)"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        "(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
        "(?:[ \\t]*Z|[-+][0-9]{1,2}(?::[0-9]{2})?)?)?)$"_s);
    return pattern.match(text).hasMatch();
}

bool startsWithIndicator(const QString &text)
{
    static const QString always = u"#,[]{}&*!|>'\"%@`"_s;
    const QChar first = text.front();
    if (always.contains(first) || text.startsWith("---"_L1) || text.startsWith("..."_L1))
        return true;
    if (first == u'-' || first == u'?' || first == u':')
        return text.size() == 1 || text.at(1) == u' ';
    return false;
}

QString spaces(int count)
{
    return QString(count, u' ');
}

//! Python's repr() of a finite float: the shortest digits that read back
//! as the same double, fixed notation for exponents -4 to 15, else
//! scientific (`1e-05`, `1.5e+16`).
QString pythonRepr(double value)
{
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view text(buffer, std::size_t(result.ptr - buffer));
    const std::size_t e = text.find('e');
    const bool negative = text.front() == '-';
    std::string digits;
    for (char ch : text.substr(negative ? 1 : 0, e - (negative ? 1 : 0))) {
        if (ch != '.')
            digits += ch;
    }
    // to_chars does not end the text with a NUL: parse only what it wrote.
    const char *exponentText = text.data() + e + 1;
    if (*exponentText == '+')
        ++exponentText;
    int exponent = 0;
    std::from_chars(exponentText, text.data() + text.size(), exponent);
    std::string out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            digits.resize(std::max<std::size_t>(digits.size(), std::size_t(exponent) + 2), '0');
            out += digits.substr(0, std::size_t(exponent) + 1) + '.'
                + digits.substr(std::size_t(exponent) + 1);
            while (out.size() > 2 && out.back() == '0' && out[out.size() - 2] != '.')
                out.pop_back();
        } else {
            out += "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
        }
    } else {
        out += digits.substr(0, 1);
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        char power[16];
        std::snprintf(power, sizeof power, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += power;
    }
    return QString::fromLatin1(out);
}

} // namespace

bool YamlEmitter::isPlainSafe(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first.isLetter() && first.unicode() < 0x80) {
        const bool identifier = std::all_of(text.cbegin(), text.cend(), isIdentifierChar);
        if (identifier)
            return !isReservedWord(text);
    }
    if (needsDoubleQuotes(text) || first == u' ' || text.back() == u' ')
        return false;
    if (startsWithIndicator(text) || isReservedWord(text))
        return false;
    if (text.contains(": "_L1) || text.endsWith(u':') || text.contains(" #"_L1))
        return false;
    if ((first.isDigit() || first == u'-' || first == u'+' || first == u'.')
        && looksLikeNumberOrDate(text)) {
        return false;
    }
    return true;
}

QString YamlEmitter::singleQuoted(const QString &text)
{
    QString copy = text;
    return u'\'' + copy.replace(u'\'', "''"_L1) + u'\'';
}

QString YamlEmitter::doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    forEachCodePoint(text, [&out](char32_t code, bool valid) {
        switch (code) {
        case '"':
            out += "\\\""_L1;
            return;
        case '\\':
            out += "\\\\"_L1;
            return;
        case '\0':
            out += "\\0"_L1;
            return;
        case '\t':
            out += "\\t"_L1;
            return;
        case '\n':
            out += "\\n"_L1;
            return;
        case '\r':
            out += "\\r"_L1;
            return;
        default:
            break;
        }
        if (!valid || !isPrintable(code) || code == 0xFEFF || code == 0x85 || code == 0x2028
            || code == 0x2029) {
            if (code <= 0xFF)
                out += u"\\x%1"_s.arg(uint(code), 2, 16, QChar(u'0'));
            else if (code <= 0xFFFF)
                out += u"\\u%1"_s.arg(uint(code), 4, 16, QChar(u'0'));
            else
                out += u"\\U%1"_s.arg(uint(code), 8, 16, QChar(u'0'));
            return;
        }
        if (code >= 0x10000) {
            const char16_t pair[2] = {QChar::highSurrogate(code), QChar::lowSurrogate(code)};
            out += QStringView(pair, 2);
        } else {
            out += QChar(char16_t(code));
        }
    });
    out += u'"';
    return out;
}

QString YamlEmitter::scalar(const QString &text)
{
    if (isPlainSafe(text))
        return text;
    if (needsDoubleQuotes(text))
        return doubleQuoted(text);
    return singleQuoted(text);
}

QString YamlEmitter::number(double value, NumberStyle style)
{
    if (std::isnan(value))
        return u".nan"_s;
    if (std::isinf(value))
        return value > 0 ? u".inf"_s : u"-.inf"_s;
    if (style == NumberStyle::Auto && std::floor(value) == value && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    QString text = pythonRepr(value);
    const qsizetype exponent = text.indexOf(u'e');
    if (exponent >= 0 && !text.left(exponent).contains(u'.'))
        text.insert(exponent, ".0"_L1);
    return text;
}

QString YamlEmitter::jsonScalar(const QJsonValue &value, NumberStyle style)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return number(value.toDouble(), style);
    case QJsonValue::String:
        return scalar(value.toString());
    default:
        return u"null"_s;
    }
}

bool YamlEmitter::fitsLiteral(const QString &text)
{
    if (text.isEmpty() || text.contains(u'\r'))
        return false;
    bool fits = true;
    forEachCodePoint(text, [&fits](char32_t code, bool valid) {
        if (!valid || !isPrintable(code) || code == 0x85 || code == 0x2028 || code == 0x2029
            || code == 0xFEFF) {
            fits = false;
        }
    });
    // A text of only line breaks has no first line to take the indentation
    // from, and a tab after a line break would be read as indentation.
    return fits && !text.trimmed().isEmpty() && !text.contains("\n\t"_L1)
        && !text.startsWith(u'\t');
}

void YamlEmitter::appendLiteral(QString &out, const QString &text, int indent)
{
    QString body = text;
    QString chomp;
    if (!body.endsWith(u'\n')) {
        chomp = u"-"_s;
    } else {
        body.chop(1);
        if (body.endsWith(u'\n') || body.isEmpty())
            chomp = u"+"_s;
    }
    const QStringList lines = body.split(u'\n');
    const bool leadingSpace = std::any_of(
        lines.cbegin(), lines.cend(), [](const QString &line) { return line.startsWith(u' '); });
    out += " |"_L1;
    if (leadingSpace)
        out += u'2';
    out += chomp;
    out += u'\n';
    const QString prefix = spaces(indent);
    for (const QString &line : lines) {
        if (!line.isEmpty()) {
            out += prefix;
            out += line;
        }
        out += u'\n';
    }
}

namespace {

//! A string that is not literal-block material, or must not be one.
bool writesLiteral(const YamlNode &node)
{
    if (node.stringStyle() == YamlNode::StringStyle::DoubleQuoted)
        return false;
    const bool multiLine = node.text().contains(u'\n');
    if (node.stringStyle() == YamlNode::StringStyle::Literal || multiLine)
        return YamlEmitter::fitsLiteral(node.text());
    return false;
}

//! Appends a scalar value after a key or dash: ` value\n`.
void appendScalar(QString &out, const YamlNode &node, int indent)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        out += " null\n"_L1;
        return;
    case YamlNode::Kind::Raw:
        out += u' ';
        out += node.text();
        out += u'\n';
        return;
    default:
        break;
    }
    if (writesLiteral(node)) {
        YamlEmitter::appendLiteral(out, node.text(), indent + 2);
        return;
    }
    out += u' ';
    if (node.stringStyle() == YamlNode::StringStyle::DoubleQuoted || node.text().contains(u'\n'))
        out += YamlEmitter::doubleQuoted(node.text());
    else
        out += YamlEmitter::scalar(node.text());
    out += u'\n';
}

} // namespace

void YamlEmitter::appendAfterKey(QString &out, const YamlNode &value, int indent)
{
    if (value.isEmptyCollection()) {
        out += value.kind() == YamlNode::Kind::Sequence ? " []\n"_L1 : " {}\n"_L1;
    } else if (value.kind() == YamlNode::Kind::Sequence) {
        out += u'\n';
        appendItems(out, value, indent);
    } else if (value.kind() == YamlNode::Kind::Mapping) {
        out += u'\n';
        appendEntries(out, value, indent + 2);
    } else {
        appendScalar(out, value, indent);
    }
}

void YamlEmitter::appendAfterDash(QString &out, const YamlNode &value, int indent)
{
    if (value.isEmptyCollection()) {
        out += value.kind() == YamlNode::Kind::Sequence ? " []\n"_L1 : " {}\n"_L1;
    } else if (value.kind() == YamlNode::Kind::Sequence) {
        out += u' ';
        appendItems(out, value, indent + 2, true);
    } else if (value.kind() == YamlNode::Kind::Mapping) {
        out += u' ';
        appendEntries(out, value, indent + 2, true);
    } else {
        appendScalar(out, value, indent);
    }
}

void YamlEmitter::appendEntries(QString &out, const YamlNode &mapping, int indent, bool firstInline)
{
    bool first = true;
    for (const auto &[key, value] : mapping.entries()) {
        if (!(first && firstInline))
            out += spaces(indent);
        first = false;
        out += scalar(key);
        out += u':';
        appendAfterKey(out, value, indent);
    }
}

void YamlEmitter::appendItems(QString &out, const YamlNode &sequence, int indent, bool firstInline)
{
    bool first = true;
    for (const YamlNode &item : sequence.items()) {
        if (!(first && firstInline))
            out += spaces(indent);
        first = false;
        out += u'-';
        appendAfterDash(out, item, indent);
    }
}

} // namespace Coach
