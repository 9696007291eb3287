import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { rowActivation } from '../lib/rowActivation';

/** One column of a record list: its header, its width (a `wb-col-*` class on its <col>), and its cell. */
export interface RecordColumn<T> {
  header: string;
  /** The class of its <col>, which sets the width; none takes what is left. */
  width?: string;
  /** Classes of the header cell and of each cell (alignment, truncation). */
  headerClassName?: string;
  className?: string;
  /** The full text, as a tooltip, where the cell may be cut short (a cut cell of plain text has its own text). */
  title?: (row: T) => string | undefined;
  cell: (row: T) => ReactNode;
}

interface RecordTableProps<T> {
  rows: readonly T[];
  columns: readonly RecordColumn<T>[];
  /** Where a row leads: a click or Enter on it opens the record. */
  href: (row: T) => string;
}

/** A truncating cell of plain text says it whole on hover, so no column can clip silently by forgetting its title. */
function cutText<T>(column: RecordColumn<T>, content: ReactNode): string | undefined {
  const truncates = column.className?.split(' ').includes('wb-truncate') ?? false;
  return truncates && (typeof content === 'string' || typeof content === 'number') ? String(content) : undefined;
}

/** The dense list every record kind uses: fixed column widths, one line a row, the whole row opens the record. */
export function RecordTable<T extends { id: number }>({ rows, columns, href }: RecordTableProps<T>) {
  const [, navigate] = useLocation();
  return (
    <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
      <colgroup>
        {columns.map((column, i) => (
          <col key={i} className={column.width} />
        ))}
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            <Table.Th key={i} className={column.headerClassName}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} {...rowActivation(() => navigate(href(row)))}>
            {columns.map((column, i) => {
              const content = column.cell(row);
              return (
                <Table.Td key={i} className={column.className} title={column.title?.(row) ?? cutText(column, content)}>
                  {content}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
