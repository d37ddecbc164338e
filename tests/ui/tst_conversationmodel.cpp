#include "conversationdelegate.h"
#include "conversationmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

Event ev(const char *json)
{
    return Event::fromJson(QJsonDocument::fromJson(json).object()).value();
}

HistoryRow actionRow(int eventIndex, const QString &name, std::optional<double> confidence = {},
                     const QString &policy = {})
{
    HistoryRow row;
    row.kind = HistoryRow::Kind::Action;
    row.eventIndex = eventIndex;
    row.event = Event::action(name, policy, confidence);
    row.text = name;
    row.confidence = confidence;
    row.policy = policy;
    return row;
}

HistoryRow userRow(int eventIndex, const char *json, const QString &annotated)
{
    HistoryRow row;
    row.kind = HistoryRow::Kind::User;
    row.eventIndex = eventIndex;
    row.event = ev(json);
    row.text = annotated;
    row.intent = row.event.parseData().intentName();
    row.confidence = row.event.parseData().intentConfidence();
    return row;
}

QList<HistoryRow> moodbotRows()
{
    return {
        actionRow(0, u"action_listen"_s),
        userRow(
            1,
            R"({"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 0.98}}})",
            u"hi"_s),
        actionRow(2, u"utter_greet"_s, 0.97, u"TEDPolicy"_s),
        actionRow(3, u"action_listen"_s, 0.99, u"TEDPolicy"_s),
        userRow(
            4,
            R"({"event": "user", "text": "great", "parse_data": {"intent": {"name": "mood_great", "confidence": 0.9}}})",
            u"great"_s),
        actionRow(5, u"utter_happy"_s, 0.95, u"RulePolicy"_s),
        actionRow(6, u"action_listen"_s, 1.0, u"RulePolicy"_s)};
}

} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRows();
    void appendingInsertsExactRows();
    void replacingEmitsOnlyDifferences();
    void userCellShowsMarkupAndIntent();
    void actionsShowPolicyAndConfidence();
    void delegateColoursEntitiesAndLinks();
};

void TestConversationModel::showsRows()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(moodbotRows());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(
        model.index(1, ConversationModel::User).data(ConversationModel::UserTextRole).toString(),
        u"hi"_s);
    QCOMPARE(model.index(2, ConversationModel::Bot).data().toString(), u"utter_greet"_s);
    QCOMPARE(model.index(2, ConversationModel::Number).data().toInt(), 3);
    QCOMPARE(model.index(2, ConversationModel::User).data().toString(), QString());
    QCOMPARE(model.lastUserRow(), 4);
    QCOMPARE(model.rowOfEvent(5), 5);
    QCOMPARE(model.index(5, 0).data(ConversationModel::EventIndexRole).toInt(), 5);
    QCOMPARE(
        model.index(5, 0).data(ConversationModel::EventJsonRole).toJsonObject().value("name"_L1),
        QJsonValue(u"utter_happy"_s));
}

void TestConversationModel::appendingInsertsExactRows()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<HistoryRow> rows = moodbotRows();
    model.setRows(rows.mid(0, 4));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(rows);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestConversationModel::replacingEmitsOnlyDifferences()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<HistoryRow> rows = moodbotRows();
    model.setRows(rows);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Undo of the last turn: the session replaces rows 4.. with nothing.
    model.replaceRows(4, 3, {});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(0).at(2).toInt(), 6);
    // An NLU correction replaces one row with a changed one.
    HistoryRow corrected = rows.at(1);
    corrected.intent = u"mood_great"_s;
    corrected.text = u"hi!"_s;
    model.replaceRows(1, 1, {corrected});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, ConversationModel::User).data(ConversationModel::IntentRole).toString(),
             u"mood_great"_s);
    // Replacing with identical rows emits nothing.
    model.replaceRows(0, 2, model.rows().mid(0, 2));
    QCOMPARE(changed.size(), 1);
    // Out-of-range arguments are clamped, not crashes.
    model.replaceRows(10, 5, {});
    QCOMPARE(model.rowCount(), 4);
}

void TestConversationModel::userCellShowsMarkupAndIntent()
{
    ConversationModel model;
    model.setRows({userRow(3, R"({"event": "user", "text": "fly to Berlin",
        "parse_data": {"intent": {"name": "book", "confidence": 0.875},
        "entities": [{"entity": "city", "value": "Berlin", "start": 7, "end": 13,
                      "role": "destination"}]}})",
                           uR"(fly to [Berlin]{"entity": "city", "role": "destination"})"_s)});
    const QModelIndex user = model.index(0, ConversationModel::User);
    QCOMPARE(
        user.data().toString(),
        u"fly to [Berlin]{\"entity\": \"city\", \"role\": \"destination\"}\nintent: book 0.88"_s);
    QCOMPARE(user.data(ConversationModel::IntentRole).toString(), u"book"_s);
    QCOMPARE(user.data(ConversationModel::EntitiesRole).toJsonArray().size(), 1);
    QCOMPARE(model.index(0, ConversationModel::Confidence)
                 .data(ConversationModel::RawValueRole)
                 .toDouble(),
             0.875);
    QVERIFY(user.data(ConversationModel::IsUserRole).toBool());
    QCOMPARE(user.data(ConversationModel::RawValueRole).toString(), u"fly to Berlin"_s);
}

void TestConversationModel::actionsShowPolicyAndConfidence()
{
    ConversationModel model;
    model.setRows({actionRow(0, u"utter_greet"_s, 0.9731, u"policy_1_TEDPolicy"_s)});
    QCOMPARE(model.index(0, ConversationModel::Policy).data().toString(), u"policy_1_TEDPolicy"_s);
    QCOMPARE(model.index(0, ConversationModel::Confidence).data().toString(), u"0.97"_s);
    QCOMPARE(model.index(0, ConversationModel::Confidence)
                 .data(ConversationModel::RawValueRole)
                 .toDouble(),
             0.9731);
    QCOMPARE(model.index(0, ConversationModel::Bot).data(Qt::ToolTipRole).toString(),
             u"Predicted by policy_1_TEDPolicy"_s);
}

void TestConversationModel::delegateColoursEntitiesAndLinks()
{
    ConversationModel model;
    HistoryRow bot;
    bot.kind = HistoryRow::Kind::Bot;
    bot.eventIndex = 1;
    bot.event = Event::bot(u"look"_s, QJsonObject{{u"image"_s, u"https://x.org/a.png"_s}});
    bot.text = u"look\nImage: https://x.org/a.png"_s;
    model.setRows({userRow(0, R"({"event": "user", "text": "to Rome <now>",
        "parse_data": {"intent": {"name": "book", "confidence": 0.5},
        "entities": [{"entity": "city", "value": "Rome", "start": 3, "end": 7}]}})",
                           u"to [Rome](city) <now>"_s),
                   bot});
    QPalette light(Qt::black, Qt::white);
    const QString html =
        ConversationDelegate::userHtml(model.index(0, ConversationModel::User), light);
    QVERIFY2(html.contains(u"Rome<sub"_s), qPrintable(html));
    QVERIFY(html.contains(u"background-color:"_s));
    QVERIFY(html.contains(u"&lt;now&gt;"_s)); // user text is escaped
    QVERIFY(html.contains(u"intent: book 0.50"_s));
    const QString botHtml =
        ConversationDelegate::botHtml(model.index(1, ConversationModel::Bot), light);
    QVERIFY2(botHtml.contains(u"<a href=\"https://x.org/a.png\">"_s), qPrintable(botHtml));
}

QTEST_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
