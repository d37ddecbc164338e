#include "documenteditcommand.h"

#include "sessiondocument.h"

using namespace Qt::StringLiterals;

namespace Coach {

DocumentEditCommand::DocumentEditCommand(SessionDocument *document, QJsonObject redoOperation,
                                         QJsonObject undoOperation, UndoCommandId id,
                                         const QString &text)
    : UndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redoOperation))
    , m_undo(std::move(undoOperation))
    , m_id(id)
{
}

void DocumentEditCommand::undo()
{
    m_document->commitEdit(m_undo);
}

void DocumentEditCommand::redo()
{
    m_document->commitEdit(m_redo);
}

bool DocumentEditCommand::mergeWith(const UndoCommand &other)
{
    const auto *edit = dynamic_cast<const DocumentEditCommand *>(&other);
    if (!edit || edit->target() != target())
        return false;
    m_redo = edit->m_redo;
    return true;
}

QJsonObject DocumentEditCommand::target() const
{
    return QJsonObject{{u"op"_s, m_redo.value("op"_L1)},
                       {u"conversation"_s, m_redo.value("conversation"_L1)},
                       {u"event"_s, m_redo.value("event"_L1)}};
}

} // namespace Coach
