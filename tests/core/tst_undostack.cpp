#include "session/undostack.h"

#include <QSignalSpy>
#include <QTest>

using namespace Coach;

namespace {

//! Appends/removes a character of a shared string; merges when asked.
class AppendCommand final : public UndoCommand
{
public:
    AppendCommand(QString *target, QChar c, UndoCommandId id = UndoCommandId::None)
        : UndoCommand(QStringLiteral("Append %1").arg(c)), m_target(target), m_chars(c), m_id(id)
    { }
    void redo() override { m_target->append(m_chars); }
    void undo() override { m_target->chop(m_chars.size()); }
    UndoCommandId id() const override { return m_id; }
    bool mergeWith(const UndoCommand &other) override
    {
        m_chars += static_cast<const AppendCommand &>(other).m_chars;
        return true;
    }

private:
    QString *m_target;
    QString m_chars;
    UndoCommandId m_id;
};

} // namespace

class TestUndoStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushUndoRedo()
    {
        QString text;
        UndoStack stack;
        QSignalSpy clean(&stack, &UndoStack::cleanChanged);
        stack.push(std::make_unique<AppendCommand>(&text, u'a'));
        stack.push(std::make_unique<AppendCommand>(&text, u'b'));
        QCOMPARE(text, QStringLiteral("ab"));
        QCOMPARE(stack.count(), 2);
        QVERIFY(!stack.isClean());
        QCOMPARE(clean.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Append b"));
        stack.undo();
        QCOMPARE(text, QStringLiteral("a"));
        QVERIFY(stack.canRedo());
        QCOMPARE(stack.redoText(), QStringLiteral("Append b"));
        stack.redo();
        QCOMPARE(text, QStringLiteral("ab"));
        stack.undo();
        stack.undo();
        QCOMPARE(text, QString());
        QVERIFY(stack.isClean());
        QVERIFY(!stack.canUndo());
        stack.undo(); // nothing left: no effect
        QCOMPARE(stack.index(), 0);
    }

    void newEditDropsRedoHistory()
    {
        QString text;
        UndoStack stack;
        stack.push(std::make_unique<AppendCommand>(&text, u'a'));
        stack.push(std::make_unique<AppendCommand>(&text, u'b'));
        stack.undo();
        stack.push(std::make_unique<AppendCommand>(&text, u'c'));
        QCOMPARE(text, QStringLiteral("ac"));
        QCOMPARE(stack.count(), 2);
        QVERIFY(!stack.canRedo());
    }

    void cleanStateFollowsIndex()
    {
        QString text;
        UndoStack stack;
        stack.push(std::make_unique<AppendCommand>(&text, u'a'));
        stack.setClean();
        QVERIFY(stack.isClean());
        stack.undo();
        QVERIFY(!stack.isClean());
        stack.redo();
        QVERIFY(stack.isClean());
        // An edit after undoing past the clean point makes clean unreachable.
        stack.undo();
        stack.push(std::make_unique<AppendCommand>(&text, u'x'));
        QVERIFY(!stack.isClean());
        stack.undo();
        QVERIFY(!stack.isClean());
    }

    void mergesSameIdButNotAcrossCleanPoint()
    {
        QString text;
        UndoStack stack;
        stack.push(std::make_unique<AppendCommand>(&text, u'a', UndoCommandId::TurnNote));
        stack.push(std::make_unique<AppendCommand>(&text, u'b', UndoCommandId::TurnNote));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(text, QStringLiteral("ab"));
        stack.setClean();
        stack.push(std::make_unique<AppendCommand>(&text, u'c', UndoCommandId::TurnNote));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(text, QStringLiteral("ab"));
        QVERIFY(stack.isClean());
        stack.undo();
        QCOMPARE(text, QString());
    }
};

QTEST_GUILESS_MAIN(TestUndoStack)
#include "tst_undostack.moc"
