package org.customs.seizures.core.workbook;

/**
 * A worksheet of a workbook, in workbook order.
 *
 * @param index  0-based position in the workbook
 * @param name   the sheet's tab name
 * @param hidden true when the sheet is hidden or very hidden
 */
public record SheetRef(int index, String name, boolean hidden) {
}
