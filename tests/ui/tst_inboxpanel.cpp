#include "inbox/inboxservice.h"
#include "inbox/sessioninboxstate.h"
#include "inboxfilterbar.h"
#include "inboxmodel.h"
#include "inboxpanel.h"
#include "nluinboxmodel.h"
#include "nluinboxpanel.h"
#include "settings.h"

#include "session/sessiondocument.h"
#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The Inbox panel over a SQLite tracker store: connecting, filters kept per
// project, opening and correcting conversations, one annotator's review
// state in the session, and the NLU inbox's decisions.
class TestInboxPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void connectsAndListsNewestFirst();
    void filtersAreKeptPerProject();
    void opensAndCorrects();
    void reviewStateInTheSession();
    void nluInboxDecisions();
    void badStoreIsReported();

private:
    void connectPanel(InboxPanel &panel);

    TestDatabase m_database{TestDatabase::Dialect::Sqlite};
    std::unique_ptr<TrackerStoreGenerator> m_generator;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SessionDocument> m_document;
};

void TestInboxPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_database.create());
    TrackerStoreGenerator::Options options;
    options.conversations = 120;
    options.longConversationTurns = 100;
    m_generator = std::make_unique<TrackerStoreGenerator>(options);
    QVERIFY(TrackerStoreWriter(m_database.writer()).write(*m_generator));
}

void TestInboxPanel::init()
{
    m_settings = Settings::createTemporary();
    Settings::setInstance(m_settings.get());
    m_document = std::make_unique<SessionDocument>();
}

void TestInboxPanel::connectPanel(InboxPanel &panel)
{
    panel.setDocument(m_document.get());
    panel.filterBar()->setDelay(0);
    QSignalSpy indexed(panel.service(), &InboxService::indexChanged);
    panel.storeEdit()->setText(m_database.url());
    panel.connectStore();
    QVERIFY2(indexed.wait(20000), qPrintable(panel.statusText()));
}

void TestInboxPanel::connectsAndListsNewestFirst()
{
    InboxPanel panel;
    connectPanel(panel);
    QCOMPARE(panel.model()->matchCount(), 121);
    QVERIFY(panel.statusText().contains(u"121"_s));
    const double newest =
        panel.model()
            ->data(panel.model()->index(0, InboxModel::LastActivity), InboxModel::RawValueRole)
            .toDouble();
    const double next =
        panel.model()
            ->data(panel.model()->index(1, InboxModel::LastActivity), InboxModel::RawValueRole)
            .toDouble();
    QVERIFY(newest >= next);
    QCOMPARE(m_settings->value(Settings::Key::InboxStore).toString(), m_database.url());
}

void TestInboxPanel::filtersAreKeptPerProject()
{
    m_document->setProjectFolder(u"/projects/bot-a"_s);
    {
        InboxPanel panel;
        connectPanel(panel);
        panel.filterBar()->intentsEdit()->setText(u"greet, inform"_s);
        panel.filterBar()->textEdit()->setText(u"zürich"_s);
        QVERIFY(panel.model()->matchCount() < 121);
        QVERIFY(panel.model()->matchCount() > 0);
    }
    InboxPanel again;
    connectPanel(again);
    QCOMPARE(again.filterBar()->filter().intents, (QStringList{u"greet"_s, u"inform"_s}));
    QCOMPARE(again.model()->filter().text, u"zürich"_s);
    m_document->setProjectFolder(u"/projects/bot-b"_s);
    InboxPanel other;
    connectPanel(other);
    QVERIFY(other.model()->filter().isEmpty());
}

void TestInboxPanel::opensAndCorrects()
{
    InboxPanel panel;
    connectPanel(panel);
    const int row = panel.model()->rowOf(u"long-conversation"_s);
    panel.view()->setCurrentIndex(panel.model()->index(row, 0));
    QSignalSpy opened(&panel, &InboxPanel::conversationOpened);
    panel.openCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 20000); // the end at once, then all of it
    QVERIFY(!opened.at(0).at(2).toBool());
    QVERIFY(opened.at(1).at(2).toBool());
    const qsizetype all = opened.at(1).at(1).value<EventList>().size();
    QCOMPARE(all,
             panel.service()
                 ->index()
                 ->conversations()
                 .at(panel.service()->index()->conversationIndex(u"long-conversation"_s))
                 .events);
    QSignalSpy correct(&panel, &InboxPanel::correctRequested);
    panel.correctCurrent();
    QVERIFY(correct.wait(20000));
    QCOMPARE(correct.first().at(1).value<EventList>().size(), all);
}

void TestInboxPanel::reviewStateInTheSession()
{
    InboxPanel panel;
    connectPanel(panel);
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    const QString sender = panel.currentSender();
    panel.toggleReviewed();
    QVERIFY(panel.model()
                ->data(panel.model()->index(0, InboxModel::Review))
                .toString()
                .contains(u"reviewed"_s));
    panel.setTextPrompt([](const QString &, const QString &) {
        return std::optional<QString>(u"rude, billing"_s);
    });
    panel.editTags();
    QCOMPARE(panel.model()->data(panel.model()->index(0, InboxModel::Tags)).toString(),
             u"billing, rude"_s);
    panel.setTextPrompt(
        [](const QString &, const QString &) { return std::optional<QString>(u"call back"_s); });
    panel.editNotes();
    const SessionInboxState state = SessionInboxState::fromJson(m_document->inbox());
    const ConversationReview review =
        state.reviews.value(m_database.address().identity()).value(sender);
    QVERIFY(review.reviewed);
    QCOMPARE(review.tags, (QStringList{u"billing"_s, u"rude"_s}));
    QCOMPARE(review.notes, u"call back"_s);
    // Claim next skips the reviewed one.
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    panel.claimNext();
    QCOMPARE(panel.currentSender(), panel.model()->senderAt(1));
}

void TestInboxPanel::nluInboxDecisions()
{
    InboxPanel panel;
    connectPanel(panel);
    NluInboxPanel *nlu = panel.nluPanel();
    QTRY_VERIFY_WITH_TIMEOUT(nlu->model()->rowCount() > 10, 10000);
    const QString first = nlu->model()->item(0).text;
    const QString second = nlu->model()->item(1).text;
    nlu->view()->setCurrentIndex(nlu->model()->index(0, 0));
    nlu->accept(0, u"greet"_s);
    QCOMPARE(nlu->view()->currentIndex().row(), 1); // on to the next
    nlu->dismiss(1);
    const SessionInboxState state = SessionInboxState::fromJson(m_document->inbox());
    QCOMPARE(state.acceptedExamples.size(), 1);
    QCOMPARE(state.acceptedExamples.first().text, first);
    QCOMPARE(state.acceptedExamples.first().intent, u"greet"_s);
    QCOMPARE(state.dismissedTexts, QStringList{second});
    QCOMPARE(nlu->model()->decision(0), std::optional<QString>(u"greet"_s));
    QCOMPARE(nlu->model()->decision(1), std::optional<QString>(QString()));
}

void TestInboxPanel::badStoreIsReported()
{
    InboxPanel panel;
    panel.setDocument(m_document.get());
    panel.storeEdit()->setText(u"mysql://u@h/d"_s);
    panel.connectStore();
    QVERIFY(panel.statusText().contains(u"mysql"_s));
    QSignalSpy opened(panel.service(), &InboxService::openFinished);
    panel.storeEdit()->setText(u"sqlite:///no/such/rasa.db"_s);
    panel.connectStore();
    QVERIFY(opened.wait(10000));
    QVERIFY(panel.statusText().contains(u"/no/such/rasa.db"_s));
}

QTEST_MAIN(TestInboxPanel)
#include "tst_inboxpanel.moc"
