// ReplayReport::junit: the replay as a JUnit XML report, the format CI
// systems (GitLab, Jenkins, GitHub Actions reporters) show per test.
#include "replayreport.h"
#include "replaytext.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 3);
}

//! CI systems split class names at dots into packages: keep dots out.
QString undotted(const QString &text)
{
    return QString(text).replace(u'.', u'_');
}

qint64 elapsedOf(const ReplaySession &session)
{
    qint64 total = 0;
    for (const ReplayPart &part : session.parts) {
        for (const ReplayTurn &turn : part.turns)
            total += turn.elapsedMs;
    }
    return total;
}

void writeTurn(QXmlStreamWriter &xml, const QString &className, const ReplayTurn &turn)
{
    xml.writeStartElement(u"testcase"_s);
    xml.writeAttribute(u"classname"_s, className);
    xml.writeAttribute(u"name"_s, ReplayReport::tr("turn %1: %2").arg(turn.index).arg(turn.text()));
    xml.writeAttribute(u"time"_s, seconds(turn.elapsedMs));
    if (!turn.agrees()) {
        xml.writeStartElement(u"failure"_s);
        xml.writeAttribute(u"type"_s, u"ReplayDifference"_s);
        xml.writeAttribute(u"message"_s, ReplayText::differences(turn).join(u"; "_s));
        xml.writeCharacters(ReplayReport::sideBySide(turn));
        xml.writeEndElement();
    }
    const QStringList warnings = ReplayText::warnings(turn);
    if (!warnings.isEmpty())
        xml.writeTextElement(u"system-out"_s, warnings.join(u'\n') + u'\n');
    xml.writeEndElement();
}

void writeProperties(QXmlStreamWriter &xml, const ReplayRun &run)
{
    xml.writeStartElement(u"properties"_s);
    for (const auto &[name, value] :
         {std::pair{u"server"_s, run.server}, std::pair{u"rasa_version"_s, run.rasaVersion},
          std::pair{u"model"_s, run.model}}) {
        xml.writeEmptyElement(u"property"_s);
        xml.writeAttribute(u"name"_s, name);
        xml.writeAttribute(u"value"_s, value);
    }
    xml.writeEndElement();
}

void writeSession(QXmlStreamWriter &xml, const ReplayRun &run, const ReplaySession &session)
{
    const ReplaySummary counts = ReplaySummary::of({session});
    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, session.file);
    xml.writeAttribute(u"tests"_s, QString::number(counts.turns));
    xml.writeAttribute(u"failures"_s, QString::number(counts.differing));
    xml.writeAttribute(u"errors"_s, u"0"_s);
    xml.writeAttribute(u"skipped"_s, u"0"_s);
    xml.writeAttribute(u"time"_s, seconds(elapsedOf(session)));
    if (run.started.isValid())
        xml.writeAttribute(u"timestamp"_s, run.started.toUTC().toString(Qt::ISODate));
    writeProperties(xml, run);
    const QString base = undotted(QFileInfo(session.file).completeBaseName());
    for (const ReplayPart &part : session.parts) {
        const QString className =
            u"%1.%2.part%3"_s.arg(base, undotted(part.conversationId)).arg(part.part);
        for (const ReplayTurn &turn : part.turns)
            writeTurn(xml, className, turn);
    }
    xml.writeEndElement();
}

} // namespace

QByteArray ReplayReport::junit(const ReplayRun &run)
{
    const ReplaySummary counts = ReplaySummary::of(run.sessions);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"rasa-coach replay"_s);
    xml.writeAttribute(u"tests"_s, QString::number(counts.turns));
    xml.writeAttribute(u"failures"_s, QString::number(counts.differing));
    xml.writeAttribute(u"errors"_s, u"0"_s);
    xml.writeAttribute(u"time"_s, seconds(run.elapsedMs));
    for (const ReplaySession &session : run.sessions)
        writeSession(xml, run, session);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Coach
