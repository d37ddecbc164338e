#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Coach::JsonText {

namespace {

//! A forward scanner over JSON text that Qt has already validated: it only
//! has to skip values and find keys.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) { }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text.at(m_pos)))
            ++m_pos;
    }
    bool at(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text.at(m_pos) == c;
    }
    qsizetype position() const { return m_pos; }
    void advance() { ++m_pos; }

    //! A string at the position; its decoded text.
    QString string()
    {
        const qsizetype start = m_pos;
        ++m_pos; // the opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        ++m_pos;
        const QByteArray quoted = "[" + m_text.sliced(start, m_pos - start).toByteArray() + "]";
        return QJsonDocument::fromJson(quoted).array().at(0).toString();
    }

    //! Skips one value of any kind.
    void skipValue()
    {
        skipSpace();
        const char c = m_text.at(m_pos);
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                const char here = m_text.at(m_pos);
                if (here == '"') {
                    string();
                    continue;
                }
                depth += (here == '{' || here == '[') ? 1 : (here == '}' || here == ']') ? -1 : 0;
                ++m_pos;
            } while (depth > 0);
        } else {
            while (m_pos < m_text.size() && !isSpace(m_text.at(m_pos)) && m_text.at(m_pos) != ','
                   && m_text.at(m_pos) != '}' && m_text.at(m_pos) != ']')
                ++m_pos;
        }
    }

    //! Inside an object (after `{`): moves to the value of `key`; false
    //! when the object has no such key.
    bool findKey(const QString &key)
    {
        while (at('"')) {
            const QString name = string();
            if (!at(':'))
                return false;
            advance();
            skipSpace();
            if (name == key)
                return true;
            skipValue();
            if (!at(','))
                return false;
            advance();
        }
        return false;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<ArrayEnd> findArray(QByteArrayView text, const QStringList &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || path.isEmpty())
        return std::nullopt;
    Scanner scanner(text);
    for (const QString &key : path) {
        if (!scanner.at('{'))
            return std::nullopt;
        scanner.advance();
        if (!scanner.findKey(key))
            return std::nullopt;
    }
    if (!scanner.at('['))
        return std::nullopt;
    ArrayEnd end;
    end.level = int(path.size());
    scanner.advance();
    end.empty = scanner.at(']');
    end.insertAt = scanner.position();
    while (!scanner.at(']')) {
        scanner.skipValue();
        end.insertAt = scanner.position();
        if (scanner.at(','))
            scanner.advance();
    }
    return end;
}

} // namespace Coach::JsonText
