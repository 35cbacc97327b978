package io.quire.reaction;

import jakarta.validation.constraints.Size;

/**
 * Saving an article from the save page: into an existing list, or a new one named here, with a note.
 *
 * @param listId the chosen list; {@code null} means the default list
 * @param newList the name of a list to create and save into; wins over {@code listId} when given
 */
record SaveForm(
        Long listId,
        @Size(max = ReadingLists.MAX_NAME, message = "{reaction.list.name-too-long}") String newList,
        @Size(max = ReadingLists.MAX_NOTE, message = "{reaction.note.too-long}") String note) {

    boolean wantsNewList() {
        return newList != null && !newList.isBlank();
    }
}
