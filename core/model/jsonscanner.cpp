#include "jsonscanner.h"

#include <charconv>
#include <cmath>

namespace Coach {

namespace {

// QJsonDocument refuses deeper documents (QJsonParseError::DeepNesting).
constexpr int kMaxDepth = 1024;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

} // namespace

void JsonScanner::skipSpace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonScanner::expect(char c)
{
    skipSpace();
    if (atEnd() || peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool JsonScanner::isValidJson()
{
    skipSpace();
    if (atEnd() || (peek() != '{' && peek() != '['))
        return false; // QJsonDocument takes objects and arrays only
    if (!value())
        return false;
    skipSpace();
    return atEnd();
}

bool JsonScanner::value()
{
    skipSpace();
    if (atEnd())
        return false;
    switch (peek()) {
    case '{':
        return object();
    case '[':
        return array();
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}

bool JsonScanner::object()
{
    return members([this](QByteArrayView) { return value(); });
}

bool JsonScanner::array()
{
    return items([this] { return value(); });
}

bool JsonScanner::string(QByteArray *decoded)
{
    if (atEnd() || peek() != '"')
        return false;
    ++m_pos;
    while (!atEnd()) {
        if (!decoded) {
            // Fast path over plain ASCII text, the bulk of every session.
            const char *data = m_text.data();
            const qsizetype size = m_text.size();
            qsizetype pos = m_pos;
            while (pos < size) {
                const auto ch = static_cast<unsigned char>(data[pos]);
                if (ch < 0x20 || ch == '"' || ch == '\\' || ch >= 0x80)
                    break;
                ++pos;
            }
            m_pos = pos;
            if (atEnd())
                return false;
        }
        const auto c = static_cast<unsigned char>(peek());
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (!escape(decoded))
                return false;
            continue;
        }
        if (c >= 0x80) {
            const qsizetype start = m_pos;
            if (!utf8Sequence())
                return false;
            if (decoded)
                decoded->append(m_text.sliced(start, m_pos - start).toByteArray());
            continue;
        }
        if (decoded)
            decoded->append(char(c));
        ++m_pos;
    }
    return false;
}

bool JsonScanner::escape(QByteArray *decoded)
{
    if (m_pos + 1 >= m_text.size())
        return false;
    const char kind = m_text.at(m_pos + 1);
    m_pos += 2;
    static constexpr QByteArrayView simple = "\"\\/bfnrt";
    static constexpr QByteArrayView meaning = "\"\\/\b\f\n\r\t";
    const qsizetype index = simple.indexOf(kind);
    if (index >= 0) {
        if (decoded)
            decoded->append(meaning.at(index));
        return true;
    }
    if (kind != 'u' || m_pos + 4 > m_text.size())
        return false;
    int code = 0;
    for (int i = 0; i < 4; ++i) {
        const char h = m_text.at(m_pos + i);
        if (!isHex(h))
            return false;
        code = code * 16 + hexValue(h);
    }
    m_pos += 4;
    if (decoded) // only keys are decoded; a code unit is enough to compare them
        decoded->append(QString(QChar(code)).toUtf8());
    return true;
}

bool JsonScanner::utf8Sequence()
{
    const auto lead = static_cast<unsigned char>(peek());
    int length = 0;
    unsigned int code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return false;
    }
    if (m_pos + length > m_text.size())
        return false;
    for (int i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(m_text.at(m_pos + i));
        if ((next & 0xC0) != 0x80)
            return false;
        code = (code << 6) | (next & 0x3F);
    }
    // No overlong forms, no surrogates, nothing above U+10FFFF.
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return false;
    m_pos += length;
    return true;
}

bool JsonScanner::number()
{
    const qsizetype start = m_pos;
    if (!atEnd() && peek() == '-')
        ++m_pos;
    if (atEnd() || peek() < '0' || peek() > '9')
        return false;
    if (peek() == '0')
        ++m_pos;
    else
        digits();
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (!digits())
            return false;
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (!digits())
            return false;
    }
    return m_pos > start && numberFits(start);
}

bool JsonScanner::digits()
{
    const qsizetype from = m_pos;
    while (!atEnd() && peek() >= '0' && peek() <= '9')
        ++m_pos;
    return m_pos > from;
}

bool JsonScanner::numberFits(qsizetype start) const
{
    // Only an exponent or hundreds of digits can leave double's range, which
    // QJsonDocument refuses; check those few with strtod.
    const QByteArrayView token = m_text.sliced(start, m_pos - start);
    if (token.size() < 300 && !token.contains('e') && !token.contains('E'))
        return true;
    // from_chars, not strtod: it ignores the locale's decimal point, and an
    // out-of-range result (also underflow) is left to the full parse.
    double result = 0;
    const auto [end, error] = std::from_chars(token.begin(), token.end(), result);
    return error == std::errc() && end == token.end() && std::isfinite(result);
}

bool JsonScanner::literal(QByteArrayView word)
{
    if (m_text.sliced(m_pos).startsWith(word)) {
        m_pos += word.size();
        return true;
    }
    return false;
}

template <typename Element> bool JsonScanner::container(char open, char close, Element &&element)
{
    if (++m_depth > kMaxDepth || !expect(open))
        return false;
    if (expect(close))
        return --m_depth, true;
    do {
        if (!element())
            return false;
    } while (expect(','));
    --m_depth;
    return expect(close);
}

template <typename OnMember> bool JsonScanner::members(OnMember &&member)
{
    return container('{', '}', [this, &member] {
        skipSpace();
        const qsizetype start = m_pos;
        m_memberStart = start;
        if (!string())
            return false;
        QByteArrayView key = m_text.sliced(start + 1, m_pos - start - 2);
        QByteArray decoded;
        if (key.contains('\\')) { // rare: decode to compare
            const qsizetype end = m_pos;
            m_pos = start;
            string(&decoded);
            m_pos = end;
            key = decoded;
        }
        return expect(':') && member(key);
    });
}

template <typename Item> bool JsonScanner::items(Item &&item)
{
    return container('[', ']', item);
}

bool JsonScanner::scanObject(QList<Member> *found)
{
    skipSpace();
    if (atEnd() || peek() != '{')
        return false;
    const bool ok = members([this, found](QByteArrayView key) {
        Member member{key.toByteArray(), m_memberStart, 0, 0};
        skipSpace();
        member.valueBegin = m_pos;
        if (!value())
            return false;
        member.end = m_pos;
        found->append(member);
        return true;
    });
    skipSpace();
    return ok && atEnd();
}

bool JsonScanner::scanSession(SessionLayout *layout)
{
    skipSpace();
    int found = 0;
    const bool ok = members([this, layout, &found](QByteArrayView key) {
        if (key != "conversations")
            return value();
        return ++found == 1 && items([this, layout] { return conversation(layout); });
    });
    skipSpace();
    return ok && found == 1 && atEnd();
}

bool JsonScanner::conversation(SessionLayout *layout)
{
    int found = 0;
    const bool ok = members([this, layout, &found](QByteArrayView key) {
        return key != "events" ? value() : ++found == 1 && events(layout);
    });
    return ok && found == 1;
}

bool JsonScanner::events(SessionLayout *layout)
{
    skipSpace();
    const qsizetype begin = m_pos;
    int count = 0;
    if (!items([this, &count] { return ++count, event(); }))
        return false;
    layout->eventsRanges.append({begin, m_pos});
    layout->eventCounts.append(count);
    return true;
}

bool JsonScanner::event()
{
    bool named = false;
    const bool ok = members([this, &named](QByteArrayView key) {
        if (key != "event")
            return value();
        // An event needs a non-empty string name (Event::fromJson); with a
        // repeated key QJsonDocument would keep only one of them.
        skipSpace();
        const qsizetype start = m_pos;
        if (named || atEnd() || peek() != '"' || !string() || m_pos - start <= 2)
            return false;
        named = true;
        return true;
    });
    return ok && named;
}

} // namespace Coach
