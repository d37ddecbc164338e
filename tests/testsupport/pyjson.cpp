#include "pyjson.h"

#include <QLocale>

#include <cmath>

namespace Coach::TestSupport {

namespace {

void dumpString(const QString &text, QByteArray &out)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (u >= 0x20 && u <= 0x7e) {
            out += static_cast<char>(u);
            continue;
        }
        // Python escapes every UTF-16 unit (surrogates of astral characters too).
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(u >> shift) & 0xf];
    }
    out += '"';
}

class Parser
{
public:
    explicit Parser(const QByteArray &text) : m_text(text) { }

    std::optional<PyJson> document()
    {
        std::optional<PyJson> result = value();
        skipSpace();
        if (!result || m_pos != m_text.size())
            return std::nullopt;
        return result;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'
                   || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool word(const char *literal)
    {
        const QByteArray w(literal);
        if (m_text.mid(m_pos, w.size()) != w)
            return false;
        m_pos += w.size();
        return true;
    }
    std::optional<PyJson> value();
    std::optional<QString> string();
    std::optional<PyJson> number();
    std::optional<PyJson> object();
    std::optional<PyJson> array();

    QByteArray m_text;
    qsizetype m_pos = 0;
};

std::optional<PyJson> Parser::value()
{
    skipSpace();
    if (m_pos >= m_text.size())
        return std::nullopt;
    const char c = m_text[m_pos];
    if (c == '{')
        return object();
    if (c == '[')
        return array();
    if (c == '"') {
        std::optional<QString> text = string();
        return text ? std::optional<PyJson>(PyJson(*text)) : std::nullopt;
    }
    if (word("null"))
        return PyJson();
    if (word("true"))
        return PyJson(true);
    if (word("false"))
        return PyJson(false);
    if (word("NaN"))
        return PyJson(std::nan(""));
    return number();
}

std::optional<QString> Parser::string()
{
    ++m_pos; // opening quote
    QString result;
    QByteArray run;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c == '"') {
            result += QString::fromUtf8(run);
            return result;
        }
        if (c != '\\') {
            run += c;
            continue;
        }
        result += QString::fromUtf8(run);
        run.clear();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const char e = m_text[m_pos++];
        static const QByteArray simple("\"\\/bfnrt"), meaning("\"\\/\b\f\n\r\t");
        if (simple.contains(e)) {
            result += QChar::fromLatin1(meaning[simple.indexOf(e)]);
        } else if (e == 'u' && m_pos + 4 <= m_text.size()) {
            bool ok = false;
            result += QChar(static_cast<char16_t>(m_text.mid(m_pos, 4).toUShort(&ok, 16)));
            m_pos += 4;
            if (!ok)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<PyJson> Parser::number()
{
    const qsizetype start = m_pos;
    bool isFloat = false;
    while (m_pos < m_text.size() && QByteArrayView("+-0123456789.eE").contains(m_text[m_pos])) {
        isFloat = isFloat || QByteArrayView(".eE").contains(m_text[m_pos]);
        ++m_pos;
    }
    const QByteArray text = m_text.mid(start, m_pos - start);
    bool ok = false;
    if (isFloat) {
        const double value = text.toDouble(&ok);
        return ok ? std::optional<PyJson>(PyJson(value)) : std::nullopt;
    }
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<PyJson>(PyJson(value)) : std::nullopt;
}

std::optional<PyJson> Parser::object()
{
    ++m_pos;
    PyJson result = PyJson::object();
    if (take('}'))
        return result;
    do {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            return std::nullopt;
        const std::optional<QString> key = string();
        if (!key || !take(':'))
            return std::nullopt;
        std::optional<PyJson> item = value();
        if (!item)
            return std::nullopt;
        result.insert(*key, *item);
    } while (take(','));
    return take('}') ? std::optional<PyJson>(result) : std::nullopt;
}

std::optional<PyJson> Parser::array()
{
    ++m_pos;
    PyJson result = PyJson::array();
    if (take(']'))
        return result;
    do {
        std::optional<PyJson> item = value();
        if (!item)
            return std::nullopt;
        result.append(*item);
    } while (take(','));
    return take(']') ? std::optional<PyJson>(result) : std::nullopt;
}

} // namespace

QByteArray pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    if (value == 0)
        return std::signbit(value) ? "-0.0" : "0.0";
    const double magnitude = std::fabs(value);
    const bool exponent = magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e16);
    QByteArray text =
        QByteArray::number(value, exponent ? 'e' : 'f', QLocale::FloatingPointShortest);
    if (!exponent && !text.contains('.'))
        text += ".0";
    return text;
}

PyJson PyJson::object(Members members)
{
    PyJson result;
    result.m_kind = Kind::Object;
    result.m_members = std::move(members);
    return result;
}

PyJson PyJson::array(QList<PyJson> items)
{
    PyJson result;
    result.m_kind = Kind::Array;
    result.m_items = std::move(items);
    return result;
}

std::optional<PyJson> PyJson::parse(const QByteArray &text)
{
    return Parser(text).document();
}

PyJson PyJson::value(const QString &key) const
{
    for (const auto &member : m_members) {
        if (member.first == key)
            return member.second;
    }
    return {};
}

bool PyJson::contains(const QString &key) const
{
    for (const auto &member : m_members) {
        if (member.first == key)
            return true;
    }
    return false;
}

void PyJson::insert(const QString &key, const PyJson &value)
{
    for (auto &member : m_members) {
        if (member.first == key) {
            member.second = value;
            return;
        }
    }
    m_members.append({key, value});
}

QByteArray PyJson::dump() const
{
    QByteArray out;
    dumpTo(out);
    return out;
}

void PyJson::dumpTo(QByteArray &out) const
{
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        break;
    case Kind::Bool:
        out += m_int ? "true" : "false";
        break;
    case Kind::Int:
        out += QByteArray::number(m_int);
        break;
    case Kind::Float:
        out += pythonFloatRepr(m_float);
        break;
    case Kind::String:
        dumpString(m_string, out);
        break;
    case Kind::Array:
        out += '[';
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += ", ";
            m_items.at(i).dumpTo(out);
        }
        out += ']';
        break;
    case Kind::Object:
        out += '{';
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out += ", ";
            dumpString(m_members.at(i).first, out);
            out += ": ";
            m_members.at(i).second.dumpTo(out);
        }
        out += '}';
        break;
    }
}

} // namespace Coach::TestSupport
