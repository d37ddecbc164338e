#include "inboxoutput.h"

#include "inbox/inboxindex.h"

#include "model/jsontextwriter.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString jsonNumber(const std::optional<double> &value)
{
    return value ? InboxOutput::pythonFloat(*value) : u"null"_s;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QString InboxOutput::pythonFloat(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    if (value == 0)
        return std::signbit(value) ? u"-0.0"_s : u"0.0"_s;
    // Python switches to exponents below 1e-4 and from 1e16 on.
    const double magnitude = std::fabs(value);
    const bool exponent = magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e16);
    QString text = QString::number(value, exponent ? 'e' : 'f', QLocale::FloatingPointShortest);
    if (exponent)
        return text; // 1e-05, 1.5e+16: Qt's shortest form is Python's
    if (!text.contains(u'.'))
        text += u".0"_s;
    return text;
}

QString InboxOutput::jsonString(const QString &text)
{
    QByteArray quoted;
    JsonTextWriter::appendString(quoted, text);
    return QString::fromUtf8(quoted);
}

QString InboxOutput::json(const InboxIndex &index, const QList<int> &matches, qsizetype limit)
{
    const qsizetype count = std::min(limit, matches.size());
    QString out = u"{\"total\": %1, \"conversations\": ["_s.arg(matches.size());
    for (qsizetype i = 0; i < count; ++i) {
        const InboxIndex::Conversation &c = index.conversations().at(matches.at(i));
        const QString latest = c.latestIntent == InboxIndex::NoName
            ? u"null"_s
            : jsonString(index.name(c.latestIntent));
        out += (i == 0 ? u"\n  "_s : u",\n  "_s)
            + u"{\"sender_id\": %1, \"user_turns\": %2, \"first_event\": %3, \"last_event\": %4, "
              "\"min_intent_confidence\": %5, \"latest_intent\": %6}"_s.arg(
                  jsonString(c.senderId), QString::number(c.userTurns), jsonNumber(c.firstEvent),
                  jsonNumber(c.lastEvent), jsonNumber(c.minConfidence), latest);
    }
    return out + (count > 0 ? u"\n]}\n"_s : u"]}\n"_s);
}

QString InboxOutput::csv(const InboxIndex &index, const QList<int> &matches, qsizetype limit)
{
    const qsizetype count = std::min(limit, matches.size());
    QString out =
        u"sender_id,user_turns,first_event,last_event,min_intent_confidence,latest_intent\r\n"_s;
    const auto number = [](const std::optional<double> &value) {
        return value ? pythonFloat(*value) : QString();
    };
    for (qsizetype i = 0; i < count; ++i) {
        const InboxIndex::Conversation &c = index.conversations().at(matches.at(i));
        const QStringList fields{csvField(c.senderId),    QString::number(c.userTurns),
                                 number(c.firstEvent),    number(c.lastEvent),
                                 number(c.minConfidence), csvField(index.name(c.latestIntent))};
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

} // namespace Coach
