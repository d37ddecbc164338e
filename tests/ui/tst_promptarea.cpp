// The prompt area against a real session on fake-rasa: each question of the
// session shows its page, and answers typed on the keyboard reach the
// server.
#include "actionpanel.h"
#include "choicelist.h"
#include "core/helpers/sessionharness.h"
#include "messageinput.h"
#include "promptarea.h"

#include "fakerasa/fakerasaserver.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using namespace Coach::Testing;

using Page = PromptArea::Page;

class TestPromptArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnByKeyboardThenQuickReply();
    void failureOffersRetry();
};

void TestPromptArea::turnByKeyboardThenQuickReply()
{
    SessionHarness h;
    QVERIFY2(h.connect(), qPrintable(h.why));
    PromptArea area;
    area.setSession(h.session.get());
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(area.page(), Page::Message);

    QTest::keyClicks(area.messageInput(), u"/greet"_s);
    QTest::keyClick(area.messageInput(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Action, 10000);
    QCOMPARE(area.actionPanel()->question().action, u"utter_greet"_s);
    // Enter runs the predicted action; the bot then listens with buttons.
    QTest::keyClick(area.actionPanel()->choiceList()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Action, 10000); // action_listen is asked next
    QTest::keyClick(area.actionPanel()->choiceList()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Message, 10000);
    const QList<QPushButton *> replies = area.quickReplyButtons();
    QCOMPARE(replies.size(), 2); // moodbot's "great" and "super sad"
    QVERIFY(replies.first()->text().contains(u"great"_s));

    replies.first()->click(); // sends /mood_great
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Action, 10000);
    QCOMPARE(area.actionPanel()->question().action, u"utter_happy"_s);
    QVERIFY(area.quickReplyButtons().isEmpty() || !area.quickReplyButtons().first()->isVisible());
    QCOMPARE(h.appliedSummary().mid(1, 3),
             (QStringList{u"user:greet"_s, u"utter_greet"_s, u"action_listen"_s}));
}

void TestPromptArea::failureOffersRetry()
{
    SessionHarness h;
    QVERIFY2(h.connect(), qPrintable(h.why));
    PromptArea area;
    area.setSession(h.session.get());
    h.server.addFault(FakeRasa::Fault::httpError(
        u"POST"_s, u"/messages$"_s, 500, u"ConversationError"_s, u"Database unavailable"_s, 1));
    QTest::keyClicks(area.messageInput(), u"/greet"_s);
    QTest::keyClick(area.messageInput(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Failed, 10000);
    QVERIFY2(area.failureText().contains(u"Database unavailable"_s),
             qPrintable(area.failureText()));
    QPushButton *retry = nullptr;
    for (QPushButton *button : area.findChildren<QPushButton *>()) {
        if (button->text() == PromptArea::tr("&Retry (Enter)"))
            retry = button;
    }
    QVERIFY(retry);
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(area.page(), Page::Action, 10000);
}

QTEST_MAIN(TestPromptArea)
#include "tst_promptarea.moc"
