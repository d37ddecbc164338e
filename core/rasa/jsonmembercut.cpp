#include "jsonmembercut.h"

#include <QList>

#include <charconv>
#include <cmath>
#include <vector>

namespace Coach {

namespace {

constexpr std::size_t MaxDepth = 512;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

//! Walks JSON text and checks it without building values.
class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray &text) : m_data(text.constData()), m_size(text.size()) { }

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_data[m_pos]))
            ++m_pos;
    }

    bool take(char expected)
    {
        if (peek() != expected)
            return false;
        ++m_pos;
        return true;
    }

    bool skipString();
    bool skipValue();
    bool skipKeyAndColon();

private:
    bool skipEscape();
    bool skipUtf8Sequence();
    bool skipNumber();
    bool skipNumberSyntax();
    bool skipScalar();
    bool skipWord(const char *word);
    bool skipDigits();
    bool afterValue(std::vector<char> &open, bool *done);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

bool JsonScanner::skipString()
{
    if (!take('"'))
        return false;
    while (!atEnd()) {
        const auto byte = static_cast<unsigned char>(m_data[m_pos]);
        if (byte == '"') {
            ++m_pos;
            return true;
        }
        if (byte == '\\') {
            if (!skipEscape())
                return false;
        } else if (byte < 0x20) {
            return false;
        } else if (byte >= 0x80) {
            if (!skipUtf8Sequence())
                return false;
        } else {
            ++m_pos;
        }
    }
    return false;
}

bool JsonScanner::skipEscape()
{
    ++m_pos; // the backslash
    const char kind = peek();
    ++m_pos;
    switch (kind) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return true;
    case 'u': {
        if (m_pos + 4 > m_size)
            return false;
        for (int i = 0; i < 4; ++i) {
            if (!isHex(m_data[m_pos + i]))
                return false;
        }
        // Surrogates (pairs or lone) are left to the full parse.
        const char first = m_data[m_pos];
        const char second = m_data[m_pos + 1];
        const bool surrogate = (first == 'd' || first == 'D')
            && ((second >= '8' && second <= '9') || (second >= 'a' && second <= 'f')
                || (second >= 'A' && second <= 'F'));
        m_pos += 4;
        return !surrogate;
    }
    default:
        return false;
    }
}

bool JsonScanner::skipUtf8Sequence()
{
    // Well-formed UTF-8 only (no overlong forms, no surrogates, ≤ U+10FFFF).
    const auto at = [this](qsizetype offset) {
        return m_pos + offset < m_size ? static_cast<unsigned char>(m_data[m_pos + offset]) : 0;
    };
    const unsigned char lead = at(0);
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    int continuation = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuation = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuation = 2;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuation = 3;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return false;
    }
    if (at(1) < low || at(1) > high)
        return false;
    for (int i = 2; i <= continuation; ++i) {
        if (at(i) < 0x80 || at(i) > 0xBF)
            return false;
    }
    m_pos += continuation + 1;
    return true;
}

bool JsonScanner::skipDigits()
{
    const qsizetype start = m_pos;
    while (!atEnd() && isDigit(m_data[m_pos]))
        ++m_pos;
    return m_pos > start;
}

bool JsonScanner::skipNumber()
{
    const qsizetype start = m_pos;
    if (!skipNumberSyntax())
        return false;
    // A full parse refuses numbers beyond a double's range; only long
    // numbers or ones with an exponent can be.
    const QByteArrayView number(m_data + start, m_pos - start);
    if (number.size() < 300 && !number.contains('e') && !number.contains('E'))
        return true;
    // Out of range either way (also underflow) is left to the full parse.
    double value = 0;
    const auto [end, error] = std::from_chars(number.begin(), number.end(), value);
    return error == std::errc() && end == number.end() && std::isfinite(value);
}

bool JsonScanner::skipNumberSyntax()
{
    take('-');
    if (take('0')) {
        if (isDigit(peek()))
            return false;
    } else if (!skipDigits()) {
        return false;
    }
    if (take('.') && !skipDigits())
        return false;
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (!take('+'))
            take('-');
        if (!skipDigits())
            return false;
    }
    return true;
}

bool JsonScanner::skipWord(const char *word)
{
    for (; *word != '\0'; ++word) {
        if (!take(*word))
            return false;
    }
    return true;
}

bool JsonScanner::skipScalar()
{
    switch (peek()) {
    case '"':
        return skipString();
    case 't':
        return skipWord("true");
    case 'f':
        return skipWord("false");
    case 'n':
        return skipWord("null");
    default:
        return skipNumber();
    }
}

bool JsonScanner::skipKeyAndColon()
{
    skipSpace();
    if (!skipString())
        return false;
    skipSpace();
    return take(':');
}

//! After a value inside containers: closes what ends here; `done` when the
//! outermost one closed, else the next value is expected.
bool JsonScanner::afterValue(std::vector<char> &open, bool *done)
{
    while (!open.empty()) {
        skipSpace();
        if (take(',')) {
            return open.back() == '[' || skipKeyAndColon();
        }
        if (!take(open.back() == '{' ? '}' : ']'))
            return false;
        open.pop_back();
    }
    *done = true;
    return true;
}

bool JsonScanner::skipValue()
{
    // Iterative, so deep nesting cannot exhaust the stack.
    std::vector<char> open;
    bool done = false;
    while (!done) {
        skipSpace();
        const char c = peek();
        if (c == '{' || c == '[') {
            ++m_pos;
            skipSpace();
            if (take(c == '{' ? '}' : ']')) {
                if (!afterValue(open, &done))
                    return false;
                continue;
            }
            if (open.size() >= MaxDepth)
                return false;
            open.push_back(c);
            if (c == '{' && !skipKeyAndColon())
                return false;
            continue;
        }
        if (!skipScalar() || !afterValue(open, &done))
            return false;
    }
    return true;
}

struct MemberSpan
{
    qsizetype begin = 0; //!< the key's opening quote
    qsizetype end = 0; //!< after the value
    bool matches = false;
    bool valueIsObject = false;
};

} // namespace

std::optional<JsonMemberCut::Result> JsonMemberCut::cut(const QByteArray &json,
                                                        QLatin1StringView key)
{
    JsonScanner scanner(json);
    scanner.skipSpace();
    if (!scanner.take('{'))
        return std::nullopt;
    QList<MemberSpan> members;
    scanner.skipSpace();
    if (!scanner.take('}')) {
        while (true) {
            scanner.skipSpace();
            MemberSpan member;
            member.begin = scanner.position();
            if (!scanner.skipString())
                return std::nullopt;
            const QByteArrayView name = QByteArrayView(json).sliced(
                member.begin + 1, scanner.position() - member.begin - 2);
            member.matches = name == QByteArrayView(key.data(), key.size());
            scanner.skipSpace();
            if (!scanner.take(':'))
                return std::nullopt;
            scanner.skipSpace();
            member.valueIsObject = scanner.peek() == '{';
            if (!scanner.skipValue())
                return std::nullopt;
            member.end = scanner.position();
            members.append(member);
            scanner.skipSpace();
            if (scanner.take('}'))
                break;
            if (!scanner.take(','))
                return std::nullopt;
        }
    }
    scanner.skipSpace();
    if (!scanner.atEnd())
        return std::nullopt;

    Result result;
    result.rest.reserve(json.size());
    result.rest.append('{');
    for (const MemberSpan &member : members) {
        if (member.matches) {
            if (result.found)
                return std::nullopt;
            result.found = true;
            result.valueIsObject = member.valueIsObject;
            continue;
        }
        if (result.rest.size() > 1)
            result.rest.append(',');
        result.rest.append(QByteArrayView(json).sliced(member.begin, member.end - member.begin));
    }
    result.rest.append('}');
    return result;
}

} // namespace Coach
