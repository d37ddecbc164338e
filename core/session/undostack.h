#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Coach {

//! Ids that let consecutive commands merge (typing a note is one undo step).
enum class UndoCommandId { None = -1, TurnNote = 1, ConversationTitle = 2 };

//! One reversible edit of a SessionDocument (style.md §12).
class UndoCommand
{
public:
    explicit UndoCommand(QString text) : m_text(std::move(text)) { }
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand &) = delete;
    UndoCommand &operator=(const UndoCommand &) = delete;

    virtual void undo() = 0;
    virtual void redo() = 0;
    virtual UndoCommandId id() const { return UndoCommandId::None; }
    //! Absorb `other` (same id, pushed right after this one); true when done.
    virtual bool mergeWith(const UndoCommand &other)
    {
        Q_UNUSED(other);
        return false;
    }

    QString text() const { return m_text; }

private:
    QString m_text;
};

//! QUndoStack's contract in Qt Core only: Qt 6 moved QUndoStack to Qt GUI,
//! which coach_core must not link (design.md layers). The UI wraps it in
//! QActions with undoText()/canUndo() and the change signals.
class UndoStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoStack)

public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    //! Runs command->redo() and records it (or merges it into the top one).
    void push(std::unique_ptr<UndoCommand> command);
    void undo();
    void redo();
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < static_cast<int>(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return static_cast<int>(m_commands.size()); }
    int index() const { return m_index; }

    bool isClean() const { return m_cleanIndex == m_index; }
    void setClean();

Q_SIGNALS:
    void indexChanged(int index);
    void cleanChanged(bool clean);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);

private:
    void setIndex(int index, bool wasClean);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    int m_cleanIndex = 0; //!< -1 when the clean state was discarded
};

} // namespace Coach
