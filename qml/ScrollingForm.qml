import QtQuick

// A form that scrolls when the keyboard leaves it too little room, and
// brings the field being typed into in view.
Flickable {
    id: form

    default property alias content: holder.data
    contentWidth: width
    contentHeight: holder.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    function ensureVisible(item: Item) {
        if (!item)
            return
        const y = item.mapToItem(holder, 0, 0).y
        if (y < contentY)
            contentY = y
        else if (y + item.height > contentY + height)
            contentY = Math.min(y + item.height - height, Math.max(0, contentHeight - height))
    }

    Item {
        id: holder
        width: form.width
        // One child, the form itself, which says how tall it is.
        height: children.length > 0 ? children[0].height : 0
    }
}
