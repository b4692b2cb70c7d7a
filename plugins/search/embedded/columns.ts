/**
 * Per-document columns of the embedded index: growable typed arrays (field lengths, dates, the
 * postings writer's tables) and the dictionary-coded column of one facet, with the document
 * list of each value that filters walk.
 */

export class Int32Column {
  data: Int32Array
  size = 0
  constructor(initial: Int32Array | number = 1024) {
    if (typeof initial === 'number') this.data = new Int32Array(initial)
    else {
      this.data = initial
      this.size = initial.length
    }
  }
  push(v: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(Math.max(1024, this.size * 2))
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.size++] = v
  }
}

export class Float64Column {
  data: Float64Array
  size = 0
  constructor(initial: Float64Array | number = 1024) {
    if (typeof initial === 'number') this.data = new Float64Array(initial)
    else {
      this.data = initial
      this.size = initial.length
    }
  }
  push(v: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(Math.max(1024, this.size * 2))
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.size++] = v
  }
}

/** Dictionary-coded column of one facet. */
export class Column {
  readonly ids = new Map<string, number>()
  readonly values: string[] = []
  byDoc = new Int32Column()
  /** Documents (deleted ones included) per value, for filters; built on first use. */
  private lists: Int32Column[] | null = null

  push(value: string | undefined): void {
    const id = this.idOf(value)
    const docNo = this.byDoc.size
    this.byDoc.push(id)
    if (id >= 0 && this.lists) (this.lists[id] ??= new Int32Column(16)).push(docNo)
  }

  idOf(value: string | undefined): number {
    if (value === undefined || value === '') return -1
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.ids.set(value, id)
    }
    return id
  }

  docsOf(id: number): Int32Array {
    if (!this.lists) {
      const lists: Int32Column[] = []
      const byDoc = this.byDoc.data
      for (let d = 0; d < this.byDoc.size; d++) {
        const v = byDoc[d]!
        if (v >= 0) (lists[v] ??= new Int32Column(16)).push(d)
      }
      this.lists = lists
    }
    const list = this.lists[id]
    return list ? list.data.subarray(0, list.size) : new Int32Array(0)
  }

  static load(values: string[], byDoc: Int32Array): Column {
    const column = new Column()
    for (const v of values) column.idOf(v)
    column.byDoc = new Int32Column(byDoc)
    return column
  }
}
