/** Why each production package is trusted. */
export declare const WHY: Record<string, string>;
/** The inventory as a Markdown table. */
export declare function inventoryMarkdown(root?: string): string;
/** The README with its inventory section replaced. */
export declare function withInventory(readme: string, table: string): string;
