#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "inbox/inboxservice.h"
#include "inbox/sessioninboxstate.h"
#include "inboxcorrectiondialog.h"
#include "nluinboxmodel.h"
#include "nluinboxpanel.h"

#include "session/sessiondocument.h"
#include "testsupport/testdata.h"
#include "testsupport/testdatabase.h"
#include "testsupport/trackerstorewriter.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The inbox's keyboard work on a real X server: the NLU inbox (Enter, 1–9,
// I, D, J/K) and "Correct it" (the annotation panels' keys), with key
// presses sent through XTEST (xdotool) to the focused window.
class TestInboxKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nluInboxByKeyboard();
    void correctItByKeyboard();

private:
    //! Without a window manager nothing activates a window: give it the X
    //! input focus as a window manager would.
    static bool activate(QWidget &window);
    static bool keys(const QStringList &names);
    static bool type(const QString &text);
    static EventList recorded(const QString &sender);

    TestDatabase m_database{TestDatabase::Dialect::Sqlite};
    QJsonObject m_domain;
};

bool TestInboxKeyboard::keys(const QStringList &names)
{
    QProcess xdotool;
    xdotool.start(u"xdotool"_s,
                  QStringList{u"key"_s, u"--clearmodifiers"_s, u"--delay"_s, u"60"_s} + names);
    return xdotool.waitForFinished(10000) && xdotool.exitCode() == 0;
}

bool TestInboxKeyboard::activate(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QProcess xdotool;
    xdotool.start(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, QString::number(window.winId())});
    xdotool.waitForFinished(10000);
    return QTest::qWaitForWindowActive(&window);
}

bool TestInboxKeyboard::type(const QString &text)
{
    QProcess xdotool;
    xdotool.start(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"60"_s, text});
    return xdotool.waitForFinished(10000) && xdotool.exitCode() == 0;
}

EventList TestInboxKeyboard::recorded(const QString &sender)
{
    EventList events;
    for (const QJsonValue &row :
         TestSupport::readJson(TestSupport::dataPath(u"trackerstore/rasa-3.6-sqlite.json"_s))
             .toObject()
             .value("rows"_L1)
             .toArray()) {
        if (row.toObject().value("sender_id"_L1).toString() == sender)
            events.append(*Event::fromJson(
                QJsonDocument::fromJson(row.toObject().value("data"_L1).toString().toUtf8())
                    .object()));
    }
    return events;
}

void TestInboxKeyboard::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"),
             "no X server: run under xvfb-run (ctest does)");
    QProcess probe;
    probe.start(u"xdotool"_s, {u"version"_s});
    QVERIFY2(probe.waitForFinished(5000) && probe.exitCode() == 0,
             "xdotool is missing (scripts/deps.sh installs it)");
    // The rows real Rasa 3.6 wrote: a store to read.
    QVERIFY(m_database.create());
    QList<TrackerStoreRow> rows;
    for (const QJsonValue &value :
         TestSupport::readJson(TestSupport::dataPath(u"trackerstore/rasa-3.6-sqlite.json"_s))
             .toObject()
             .value("rows"_L1)
             .toArray()) {
        const QJsonObject row = value.toObject();
        rows.append({row.value("sender_id"_L1).toString(), row.value("type_name"_L1).toString(),
                     row.value("timestamp"_L1).toString().toDouble(),
                     row.value("intent_name"_L1).isNull()
                         ? std::nullopt
                         : std::optional<QString>(row.value("intent_name"_L1).toString()),
                     row.value("action_name"_L1).isNull()
                         ? std::nullopt
                         : std::optional<QString>(row.value("action_name"_L1).toString()),
                     row.value("data"_L1).toString().toUtf8()});
    }
    QVERIFY(TrackerStoreWriter(m_database.writer()).createTable());
    QVERIFY(TrackerStoreWriter(m_database.writer()).insert(rows));
    const QByteArray domain =
        TestSupport::readFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    m_domain = Domain::fromYaml(domain).value().toJson();
}

void TestInboxKeyboard::nluInboxByKeyboard()
{
    SessionDocument document;
    document.setDomain(m_domain);
    InboxService service;
    NluInboxPanel panel(&service);
    panel.setDocument(&document);
    panel.resize(1000, 600);
    QVERIFY(activate(panel));
    QSignalSpy indexed(&service, &InboxService::indexChanged);
    service.open(m_database.address(), {}, {});
    QVERIFY(indexed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() >= 6, 5000);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    QTRY_VERIFY(panel.view()->hasFocus());
    const auto text = [&](int row) { return panel.model()->item(row).text; };
    // Enter: the prediction is right. D: delete. Both move on.
    QVERIFY(keys({u"Return"_s}));
    QTRY_COMPARE(panel.view()->currentIndex().row(), 1);
    QSignalSpy ranked(&service, &InboxService::eventLoaded);
    QVERIFY(keys({u"d"_s}));
    QTRY_COMPARE(panel.view()->currentIndex().row(), 2);
    // 2: the second intent of the stored ranking (once it has arrived).
    QTRY_VERIFY(std::any_of(ranked.cbegin(), ranked.cend(), [&](const QList<QVariant> &args) {
        return args.first().toLongLong() == panel.model()->item(2).messageId;
    }));
    QTRY_VERIFY(panel.intentList()->visibleCount() > 2);
    const QString second = panel.intentList()->visibleName(1);
    QVERIFY(keys({u"2"_s}));
    QTRY_COMPARE(panel.view()->currentIndex().row(), 3);
    // I: another intent by name, Enter picks it.
    QVERIFY(keys({u"i"_s}));
    QTRY_VERIFY(panel.intentList()->filterEdit()->hasFocus());
    QVERIFY(type(u"mood_unhappy"_s));
    QVERIFY(keys({u"Return"_s}));
    QTRY_VERIFY(panel.view()->hasFocus());
    // K back, J forward: no decision.
    QVERIFY(keys({u"k"_s}));
    QTRY_COMPARE(panel.view()->currentIndex().row(), 3);
    QVERIFY(keys({u"j"_s}));
    QTRY_COMPARE(panel.view()->currentIndex().row(), 4);
    const SessionInboxState state = SessionInboxState::fromJson(document.inbox());
    QCOMPARE(state.acceptedExamples.size(), 3);
    QCOMPARE(state.acceptedExamples.at(0).text, text(0));
    QCOMPARE(state.acceptedExamples.at(0).intent, panel.model()->item(0).intent);
    QCOMPARE(state.acceptedExamples.at(1).text, text(2));
    QCOMPARE(state.acceptedExamples.at(1).intent, second);
    QCOMPARE(state.acceptedExamples.at(2).text, text(3));
    QCOMPARE(state.acceptedExamples.at(2).intent, u"mood_unhappy"_s);
    QCOMPARE(state.dismissedTexts, QStringList{text(1)});
}

void TestInboxKeyboard::correctItByKeyboard()
{
    SessionDocument document;
    document.setDomain(m_domain);
    InboxCorrectionDialog dialog(u"inbox-e2e-sqlite"_s, recorded(u"inbox-e2e-sqlite"_s), &document);
    QVERIFY(activate(dialog));
    // Enter keeps each answer until the message NLU got wrong.
    for (int guard = 0; guard < 30; ++guard) {
        const OfflineCorrection &c = dialog.correction();
        if (c.step() == OfflineCorrection::Step::Nlu && c.nluQuestion().text == u"I am sad")
            break;
        const int answered = c.answered();
        QVERIFY(keys({u"Return"_s}));
        QTRY_COMPARE(dialog.correction().answered(), answered + 1);
    }
    QCOMPARE(dialog.correction().nluQuestion().intent, u"bot_challenge"_s);
    QVERIFY(type(u"mood_unhappy"_s));
    QVERIFY(keys({u"Return"_s}));
    QTRY_COMPARE(dialog.correction().step(), OfflineCorrection::Step::Action);
    QVERIFY(type(u"utter_cheer_up"_s));
    QVERIFY(keys({u"Return"_s}));
    while (dialog.isVisible()) {
        const int answered = dialog.correction().answered();
        QVERIFY(keys({u"Return"_s}));
        QTRY_VERIFY(!dialog.isVisible() || dialog.correction().answered() > answered);
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.addedConversation() >= 0);
    const EventList &events = document.conversation(dialog.addedConversation()).events;
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event &e) {
        return e.type() == EventType::User && e.text() == u"I am sad"
            && e.userIntent() == u"mood_unhappy";
    }));
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
                        [](const Event &e) { return e.isAction(u"utter_cheer_up"_s); }));
    QCOMPARE(dialog.correction().correctedIndexes().size(), 2);
}

QTEST_MAIN(TestInboxKeyboard)
#include "tst_inboxkeyboard.moc"
