#include "messageinput.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestMessageInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterSendsTrimmedText();
    void upDownWalkHistoryAndKeepDraft();
};

void TestMessageInput::enterSendsTrimmedText()
{
    MessageInput input;
    QSignalSpy spy(&input, &MessageInput::messageEntered);
    QTest::keyClicks(&input, u"  hello there "_s);
    QTest::keyClick(&input, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"hello there"_s);
    QVERIFY(input.text().isEmpty());
    QTest::keyClick(&input, Qt::Key_Return); // empty: nothing sent
    QCOMPARE(spy.size(), 1);
}

void TestMessageInput::upDownWalkHistoryAndKeepDraft()
{
    MessageInput input;
    for (const auto &text : {u"one"_s, u"two"_s}) {
        QTest::keyClicks(&input, text);
        QTest::keyClick(&input, Qt::Key_Return);
    }
    QTest::keyClicks(&input, u"dra"_s);
    QTest::keyClick(&input, Qt::Key_Up);
    QCOMPARE(input.text(), u"two"_s);
    QTest::keyClick(&input, Qt::Key_Up);
    QCOMPARE(input.text(), u"one"_s);
    QTest::keyClick(&input, Qt::Key_Up); // stays at the oldest
    QCOMPARE(input.text(), u"one"_s);
    QTest::keyClick(&input, Qt::Key_Down);
    QTest::keyClick(&input, Qt::Key_Down);
    QCOMPARE(input.text(), u"dra"_s);
    QCOMPARE(input.history(), (QStringList{u"one"_s, u"two"_s}));
}

QTEST_MAIN(TestMessageInput)
#include "tst_messageinput.moc"
