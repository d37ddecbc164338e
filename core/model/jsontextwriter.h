#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

namespace Coach {

//! Writes JSON text straight into a byte array, byte for byte as
//! QJsonDocument::toJson(QJsonDocument::Indented) formats the same document
//! (four-space indentation, Qt's escaping of strings), without building
//! QJsonValues first: for big documents, where QJsonObject's sorted inserts
//! and the copy into text cost more than everything else. QJsonObject sorts
//! its keys, so callers give keys in that order (ascending UTF-16).
class JsonTextWriter
{
public:
    explicit JsonTextWriter(QByteArray &out) : m_out(out) { }

    //! A writer for a run of the items (or members) of the container that
    //! `parent` has open, `before` of them written ahead of the run: big
    //! containers are written in parts on several threads, and
    //! parent.appendPart() joins each part's text in order.
    static JsonTextWriter part(QByteArray &out, const JsonTextWriter &parent, qsizetype before);
    //! Appends the text of a part() writer that wrote `count` items of the
    //! open container.
    void appendPart(const QByteArray &text, qsizetype count);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    //! The next member of the current object.
    void key(QLatin1StringView name);
    void key(QStringView name);
    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void nullValue();

    //! `text` as a JSON string (with quotes), as Qt escapes it: `"`, `\`
    //! and controls escaped, other characters as UTF-8, a lone surrogate as
    //! `\uXXXX`.
    static void appendString(QByteArray &out, QStringView text);
    static void appendString(QByteArray &out, QLatin1StringView text);

private:
    void beginValue();
    void beginKey();
    void begin(char bracket);
    void end(char bracket);
    void indent(qsizetype levels);

    QByteArray &m_out;
    std::vector<int> m_counts; //!< members written so far, per open container
};

} // namespace Coach
