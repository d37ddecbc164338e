#include "jsontextwriter.h"

namespace Coach {

namespace {

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xF];
}

void appendEscaped(QByteArray &out, char16_t unit)
{
    out += '\\';
    switch (unit) {
    case u'"':
        out += '"';
        return;
    case u'\\':
        out += '\\';
        return;
    case u'\b':
        out += 'b';
        return;
    case u'\f':
        out += 'f';
        return;
    case u'\n':
        out += 'n';
        return;
    case u'\r':
        out += 'r';
        return;
    case u'\t':
        out += 't';
        return;
    default:
        out += 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hexDigit(unsigned(unit) >> shift);
    }
}

} // namespace

void JsonTextWriter::appendString(QByteArray &out, QLatin1StringView text)
{
    out += '"';
    for (const char c : text) {
        const auto unit = char16_t(uchar(c));
        if (unit < 0x20 || unit == u'"' || unit == u'\\') {
            appendEscaped(out, unit);
        } else if (unit < 0x80) {
            out += c;
        } else {
            out += char(0xC0 | (unit >> 6));
            out += char(0x80 | (unit & 0x3F));
        }
    }
    out += '"';
}

void JsonTextWriter::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            if (unit < 0x20 || unit == u'"' || unit == u'\\')
                appendEscaped(out, unit);
            else
                out += char(unit);
            continue;
        }
        char32_t code = unit;
        if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p))
            code = QChar::surrogateToUcs4(unit, *p++);
        else if (QChar::isSurrogate(unit)) {
            appendEscaped(out, unit); // not valid UTF-16: Qt writes the code unit
            continue;
        }
        if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
        }
        out += char(0x80 | (code & 0x3F));
    }
    out += '"';
}

JsonTextWriter JsonTextWriter::part(QByteArray &out, const JsonTextWriter &parent, qsizetype before)
{
    JsonTextWriter writer(out);
    writer.m_counts = parent.m_counts;
    int &count = writer.m_counts.back();
    count = count >= 0 ? int(before) : -1 - int(before);
    return writer;
}

void JsonTextWriter::appendPart(const QByteArray &text, qsizetype count)
{
    m_out += text;
    int &written = m_counts.back();
    written = written >= 0 ? written + int(count) : written - int(count);
}

void JsonTextWriter::indent(qsizetype levels)
{
    m_out.append(4 * levels, ' ');
}

void JsonTextWriter::beginValue()
{
    // Array items start their own line; object members did so in key().
    if (m_counts.empty() || m_counts.back() < 0)
        return;
    if (m_counts.back()++ > 0)
        m_out += ",\n";
    indent(qsizetype(m_counts.size()));
}

void JsonTextWriter::begin(char bracket)
{
    beginValue();
    m_out += bracket;
    m_out += '\n';
    m_counts.push_back(bracket == '[' ? 0 : -1);
}

void JsonTextWriter::end(char bracket)
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count != 0 && count != -1)
        m_out += '\n';
    indent(qsizetype(m_counts.size()));
    m_out += bracket;
    if (m_counts.empty())
        m_out += '\n'; // the document ends with a newline
}

void JsonTextWriter::beginObject()
{
    begin('{');
}

void JsonTextWriter::endObject()
{
    end('}');
}

void JsonTextWriter::beginArray()
{
    begin('[');
}

void JsonTextWriter::endArray()
{
    end(']');
}

void JsonTextWriter::beginKey()
{
    // Objects count their members as -1, -2, ... to tell them from arrays.
    int &count = m_counts.back();
    if (count-- < -1)
        m_out += ",\n";
    indent(qsizetype(m_counts.size()));
}

void JsonTextWriter::key(QLatin1StringView name)
{
    beginKey();
    appendString(m_out, name);
    m_out += ": ";
}

void JsonTextWriter::key(QStringView name)
{
    beginKey();
    appendString(m_out, name);
    m_out += ": ";
}

void JsonTextWriter::value(QStringView text)
{
    beginValue();
    appendString(m_out, text);
}

void JsonTextWriter::value(QLatin1StringView text)
{
    beginValue();
    appendString(m_out, text);
}

void JsonTextWriter::value(qint64 number)
{
    beginValue();
    m_out += QByteArray::number(number);
}

void JsonTextWriter::nullValue()
{
    beginValue();
    m_out += "null";
}

} // namespace Coach
