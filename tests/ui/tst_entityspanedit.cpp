#include "entityspanedit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestEntitySpanEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansCountCodePointsAsRasaDoes();
    void keyboardSelectionAsksToMark();
    void enterAndDeleteActOnTheEntityUnderTheCursor();
    void textCannotBeChanged();
};

void TestEntitySpanEdit::spansCountCodePointsAsRasaDoes()
{
    const QString text = u"fly 🛫 to Köln"_s; // the emoji is two UTF-16 units, one code point
    QCOMPARE(EntitySpanEdit::toCodePoints(text, 7), 6);
    QCOMPARE(EntitySpanEdit::toUtf16(text, 6), 7);
    EntitySpanEdit edit;
    edit.setMessage(text, {Entity::onSpan(u"city"_s, u"Köln"_s, 9, 13)});
    edit.selectSpan(9, 13);
    QCOMPARE(edit.textCursor().selectedText(), u"Köln"_s);
    QCOMPARE(edit.selectedSpan(), std::make_optional(std::make_pair(9, 13)));
    QCOMPARE(edit.entityAtCursor(), 0);
}

void TestEntitySpanEdit::keyboardSelectionAsksToMark()
{
    EntitySpanEdit edit;
    edit.setMessage(u"book a table in Paris "_s, {});
    QSignalSpy mark(&edit, &EntitySpanEdit::markRequested);
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(15); // the space before "Paris"
    edit.setTextCursor(cursor);
    for (int i = 0; i < 7; ++i) // " Paris " with spaces on both sides
        QTest::keyClick(&edit, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(&edit, Qt::Key_E);
    QCOMPARE(mark.size(), 1);
    QCOMPARE(mark.at(0).at(0).toInt(), 16); // surrounding spaces are not part of it
    QCOMPARE(mark.at(0).at(1).toInt(), 21);
    QCOMPARE(edit.message(), u"book a table in Paris "_s); // E typed nothing
}

void TestEntitySpanEdit::enterAndDeleteActOnTheEntityUnderTheCursor()
{
    EntitySpanEdit edit;
    edit.setMessage(u"from Rome to Oslo"_s,
                    {Entity::onSpan(u"city"_s, u"Rome"_s, 5, 9, u"from"_s),
                     Entity::onSpan(u"city"_s, u"Oslo"_s, 13, 17, u"to"_s)});
    QSignalSpy edit_(&edit, &EntitySpanEdit::editRequested);
    QSignalSpy remove(&edit, &EntitySpanEdit::removeRequested);
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(15); // inside "Oslo"
    edit.setTextCursor(cursor);
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit_.size(), 1);
    QCOMPARE(edit_.at(0).at(0).toInt(), 1);
    cursor.setPosition(9); // right after "Rome"
    edit.setTextCursor(cursor);
    QTest::keyClick(&edit, Qt::Key_Delete);
    QCOMPARE(remove.size(), 1);
    QCOMPARE(remove.at(0).at(0).toInt(), 0);
    cursor.setPosition(11); // "to": no entity, nothing asked
    edit.setTextCursor(cursor);
    QTest::keyClick(&edit, Qt::Key_Delete);
    QCOMPARE(remove.size(), 1);
}

void TestEntitySpanEdit::textCannotBeChanged()
{
    EntitySpanEdit edit;
    edit.setMessage(u"hello"_s, {});
    edit.setFocus();
    QTest::keyClicks(&edit, u"xyz"_s);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QCOMPARE(edit.toPlainText(), u"hello"_s);
    QCOMPARE(edit.message(), u"hello"_s);
}

QTEST_MAIN(TestEntitySpanEdit)
#include "tst_entityspanedit.moc"
