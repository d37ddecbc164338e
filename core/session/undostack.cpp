#include "undostack.h"

namespace Coach {

UndoStack::UndoStack(QObject *parent) : QObject(parent) { }

UndoStack::~UndoStack() = default;

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    if (!command)
        return;
    const bool wasClean = isClean();
    command->redo();
    // Redo history is dropped by a new edit, as in QUndoStack.
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1;
    const bool mergeable = m_index > 0 && m_cleanIndex != m_index
        && command->id() != UndoCommandId::None
        && m_commands.back()->id() == command->id();
    if (mergeable && m_commands.back()->mergeWith(*command)) {
        setIndex(m_index, wasClean);
        return;
    }
    m_commands.push_back(std::move(command));
    setIndex(m_index + 1, wasClean);
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    const bool wasClean = isClean();
    m_commands.at(m_index - 1)->undo();
    setIndex(m_index - 1, wasClean);
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    const bool wasClean = isClean();
    m_commands.at(m_index)->redo();
    setIndex(m_index + 1, wasClean);
}

void UndoStack::clear()
{
    const bool wasClean = isClean();
    m_commands.clear();
    m_cleanIndex = 0;
    setIndex(0, wasClean);
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands.at(m_index - 1)->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands.at(m_index)->text() : QString();
}

void UndoStack::setClean()
{
    const bool wasClean = isClean();
    m_cleanIndex = m_index;
    if (!wasClean)
        Q_EMIT cleanChanged(true);
}

void UndoStack::setIndex(int index, bool wasClean)
{
    m_index = index;
    Q_EMIT indexChanged(m_index);
    Q_EMIT canUndoChanged(canUndo());
    Q_EMIT canRedoChanged(canRedo());
    if (wasClean != isClean())
        Q_EMIT cleanChanged(isClean());
}

} // namespace Coach
